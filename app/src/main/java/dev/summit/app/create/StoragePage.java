package dev.summit.app.create;

import dev.summit.connectors.ops.HostFacts;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.osinfo.OsResources;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.units.ByteSize;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** A new qcow2 disk: its size (osinfo's recommendation) and the pool it goes in, with each pool's free space. */
final class StoragePage extends WizardPage {
    static final String POOL_ID = "wizard-pool";
    static final String DISK_ID = "wizard-disk";

    private final CompletableFuture<OsInfoDb> osinfo;
    private final ComboBox<PoolSummary> pools = new ComboBox<>();
    private final Spinner<Integer> disk = new Spinner<>(1, 65536, 10);
    private final Label hint = new Label();
    private final javafx.scene.control.RadioButton newDisk = new javafx.scene.control.RadioButton("A new qcow2 disk");
    private final javafx.scene.control.RadioButton existing = new javafx.scene.control.RadioButton(
            "A volume already in the pool, that no guest uses");
    private final ComboBox<dev.summit.connectors.storage.VolumeSummary> volumes = new ComboBox<>();
    private java.util.function.Function<String, CompletableFuture<java.util.Map<dev.summit.connectors.storage.VolumeSummary,
            java.util.List<String>>>> volumeReader = pool -> CompletableFuture.completedFuture(java.util.Map.of());
    private String lastOs;

    StoragePage(WizardDraft draft, HostFacts host, CompletableFuture<OsInfoDb> osinfo) {
        super(draft);
        this.osinfo = osinfo;
        pools.setId(POOL_ID);
        disk.setId(DISK_ID);
        disk.setEditable(true);
        disk.setPrefWidth(140);
        pools.getItems().setAll(host.newDiskPools());
        pools.setCellFactory(v -> new PoolCell());
        pools.setButtonCell(new PoolCell());
        pools.getItems().stream().filter(p -> p.name().equals(draft.pool)).findFirst()
                .or(() -> pools.getItems().stream().findFirst()).ifPresent(pools::setValue);
        pools.valueProperty().addListener((obs, old, now) -> {
            loadVolumes();
            check();
        });
        javafx.scene.control.ToggleGroup kind = new javafx.scene.control.ToggleGroup();
        newDisk.setToggleGroup(kind);
        existing.setToggleGroup(kind);
        newDisk.setSelected(true);
        newDisk.setId("wizard-new-disk");
        existing.setId("wizard-existing-volume");
        volumes.setId("wizard-volume");
        volumes.setPrefWidth(320);
        volumes.disableProperty().bind(existing.selectedProperty().not());
        disk.disableProperty().bind(existing.selectedProperty());
        kind.selectedToggleProperty().addListener((obs, old, now) -> check());
        volumes.valueProperty().addListener((obs, old, now) -> check());
        disk.getEditor().textProperty().addListener((obs, old, now) -> check());
        hint.getStyleClass().add("wizard-note");
    }

    @Override
    boolean applies() {
        return draft.template == null;
    }

    @Override
    String title() {
        return "Storage";
    }

    @Override
    String subtitle() {
        return "A new qcow2 disk, allocated as the guest writes to it, or a volume already in the pool.";
    }

    @Override
    Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Storage pool:"), pools);
        // An imported image is the disk: then only the pool (for a copy) is chosen here.
        if (draft.importDisk == null) {
            grid.add(newDisk, 0, 1, 2, 1);
            grid.addRow(2, new Label("Disk size (GiB):"), disk);
            grid.add(existing, 0, 3, 2, 1);
            grid.add(volumes, 1, 4);
        }
        grid.add(hint, 0, 5, 2, 1);
        return grid;
    }

    /** How the volumes of a pool, with the guests using each, are read from the host. */
    StoragePage readingVolumesWith(java.util.function.Function<String, CompletableFuture<java.util.Map<
            dev.summit.connectors.storage.VolumeSummary, java.util.List<String>>>> reader) {
        this.volumeReader = reader;
        return this;
    }

    /** Volumes no guest uses and that are not install media, off the FX thread. */
    private void loadVolumes() {
        PoolSummary pool = pools.getValue();
        volumes.getItems().clear();
        if (pool == null || pool.planned()) {
            return;
        }
        volumeReader.apply(pool.name()).thenAccept(found -> javafx.application.Platform.runLater(() -> {
            if (pool.equals(pools.getValue())) {
                volumes.getItems().setAll(found.entrySet().stream().filter(e -> e.getValue().isEmpty())
                        .map(java.util.Map.Entry::getKey)
                        .filter(v -> !v.name().toLowerCase(java.util.Locale.ROOT).endsWith(".iso")).toList());
            }
        }));
    }

    @Override
    void entered() {
        pools.setDisable(draft.importDisk != null && !draft.copyDisk);
        if (volumes.getItems().isEmpty()) {
            loadVolumes();
        }
        if (draft.importDisk == null && !draft.os.id().equals(lastOs)) {
            lastOs = draft.os.id();
            OsResources recommended = draft.os.isGeneric() ? OsResources.NONE : osinfo.join().recommended(draft.os);
            long gib = recommended.storageBytes() > 0 ? Math.max(1, recommended.storageBytes() / ByteSize.GIB) : 10;
            disk.getEditor().setText(String.valueOf(gib));
            hint.setText(recommended.storageBytes() > 0 ? "Recommended for " + draft.os.name() + ": " + gib + " GiB." : "");
        }
        check();
    }

    private void check() {
        draft.existingVolume = null;
        if (draft.importDisk != null && draft.copyDisk) {
            PoolSummary pool = pools.getValue();
            if (pool == null) {
                setProblem("Choose the pool the image is copied into.");
                return;
            }
            draft.pool = pool.name();
            hint.setText(draft.importDisk.path().getFileName() + " is copied into pool '" + pool.name() + "' ("
                    + ByteSize.human(pool.available()) + " free); its size stays " + ByteSize.human(draft.importDisk.bytes()) + ".");
            setProblem(draft.importDisk.path().toFile().length() > pool.available()
                    ? "The image does not fit in pool '" + pool.name() + "'." : "");
            return;
        }
        if (draft.importDisk != null) {
            hint.setText("The guest boots " + draft.importDisk.path() + " in place: no new disk is made, so pool and size"
                    + " are not used.");
            setProblem("");
            return;
        }
        PoolSummary pool = pools.getValue();
        if (existing.isSelected()) {
            if (volumes.getValue() == null) {
                setProblem(volumes.getItems().isEmpty() ? "Pool '" + pool.name() + "' has no volume that no guest uses;"
                        + " choose a new disk."
                        : "Choose the volume the guest boots.");
                return;
            }
            draft.pool = pool.name();
            draft.existingVolume = volumes.getValue();
            hint.setText("The guest uses " + volumes.getValue().name() + " (" + ByteSize.human(volumes.getValue().capacity())
                    + ") as its disk; no new disk is made.");
            setProblem("");
            return;
        }
        Long gib = ResourcesPage.number(disk.getEditor().getText());
        if (pool == null) {
            setProblem("This host has no running storage pool; start one (virsh pool-start) first.");
        } else if (gib == null || gib < 1) {
            setProblem("The disk size must be a whole number of GiB, at least 1.");
        } else if (gib * ByteSize.GIB > pool.available()) {
            setProblem(gib + " GiB does not fit in pool '" + pool.name() + "', which has " + ByteSize.human(pool.available()) + " free.");
        } else {
            draft.pool = pool.name();
            draft.diskGiB = gib;
            setProblem("");
        }
    }

    private static final class PoolCell extends ListCell<PoolSummary> {
        @Override
        protected void updateItem(PoolSummary pool, boolean empty) {
            super.updateItem(pool, empty);
            if (empty || pool == null) {
                setText(null);
            } else if (pool.planned()) {
                setText(pool.name() + " — new, at " + pool.targetPath() + " (made with the guest)");
            } else {
                setText(pool.name() + " — " + ByteSize.human(pool.available()) + " free of " + ByteSize.human(pool.capacity()));
            }
        }
    }
}
