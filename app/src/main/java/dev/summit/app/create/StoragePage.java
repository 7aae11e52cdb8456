package dev.summit.app.create;

import dev.summit.connectors.ops.HostFacts;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.osinfo.OsResources;
import dev.summit.connectors.storage.PoolSummary;
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
    private String lastOs;

    StoragePage(WizardDraft draft, HostFacts host, CompletableFuture<OsInfoDb> osinfo) {
        super(draft);
        this.osinfo = osinfo;
        pools.setId(POOL_ID);
        disk.setId(DISK_ID);
        disk.setEditable(true);
        disk.setPrefWidth(140);
        pools.getItems().setAll(host.pools().stream().filter(PoolSummary::active).toList());
        pools.setCellFactory(v -> new PoolCell());
        pools.setButtonCell(new PoolCell());
        pools.getItems().stream().filter(p -> p.name().equals(draft.pool)).findFirst()
                .or(() -> pools.getItems().stream().findFirst()).ifPresent(pools::setValue);
        pools.valueProperty().addListener((obs, old, now) -> check());
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
        return "A new qcow2 disk, allocated as the guest writes to it.";
    }

    @Override
    Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Storage pool:"), pools);
        grid.addRow(1, new Label("Disk size (GiB):"), disk);
        grid.add(hint, 0, 2, 2, 1);
        return grid;
    }

    @Override
    void entered() {
        pools.setDisable(draft.importDisk != null && !draft.copyDisk);
        disk.setDisable(draft.importDisk != null);
        if (draft.importDisk == null && !draft.os.id().equals(lastOs)) {
            lastOs = draft.os.id();
            OsResources recommended = draft.os.isGeneric() ? OsResources.NONE : osinfo.join().recommended(draft.os);
            long gib = recommended.storageBytes() > 0 ? Math.max(1, recommended.storageBytes() / WizardDraft.GIB) : 10;
            disk.getEditor().setText(String.valueOf(gib));
            hint.setText(recommended.storageBytes() > 0 ? "Recommended for " + draft.os.name() + ": " + gib + " GiB." : "");
        }
        check();
    }

    private void check() {
        if (draft.importDisk != null && draft.copyDisk) {
            PoolSummary pool = pools.getValue();
            if (pool == null) {
                setProblem("Choose the pool the image is copied into.");
                return;
            }
            draft.pool = pool.name();
            hint.setText(draft.importDisk.path().getFileName() + " is copied into pool '" + pool.name() + "' ("
                    + size(pool.available()) + " free); its size stays " + size(draft.importDisk.bytes()) + ".");
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
        Long gib = ResourcesPage.number(disk.getEditor().getText());
        if (pool == null) {
            setProblem("This host has no running storage pool; start one (virsh pool-start) first.");
        } else if (gib == null || gib < 1) {
            setProblem("The disk size must be a whole number of GiB, at least 1.");
        } else if (gib * WizardDraft.GIB > pool.available()) {
            setProblem(gib + " GiB does not fit in pool '" + pool.name() + "', which has " + size(pool.available()) + " free.");
        } else {
            draft.pool = pool.name();
            draft.diskGiB = gib;
            setProblem("");
        }
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) WizardDraft.GIB);
    }

    private static final class PoolCell extends ListCell<PoolSummary> {
        @Override
        protected void updateItem(PoolSummary pool, boolean empty) {
            super.updateItem(pool, empty);
            setText(empty || pool == null ? null : pool.name() + " — " + size(pool.available()) + " free of "
                    + size(pool.capacity()));
        }
    }
}
