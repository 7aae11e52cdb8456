package dev.summit.app.storage;

import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.storage.CreatePool;
import dev.summit.connectors.storage.CreateVolume;
import dev.summit.connectors.storage.DeletePool;
import dev.summit.connectors.storage.DeleteVolume;
import dev.summit.connectors.storage.DownloadVolume;
import dev.summit.connectors.storage.NewVolume;
import dev.summit.connectors.storage.PoolAutostart;
import dev.summit.connectors.storage.PoolSpec;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.RefreshPool;
import dev.summit.connectors.storage.ResizeVolume;
import dev.summit.connectors.storage.StartPool;
import dev.summit.connectors.storage.StopPool;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeSummary;
import dev.summit.connectors.storage.VolumeUpload;
import dev.summit.connectors.units.ByteSize;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * One host's storage pools (type, state, autostart, source, a capacity bar that turns red above
 * 90 % full) and the chosen pool's volumes (format, size, space on disk, backing, users), with every
 * pool and volume action. Embeddable: File → Storage… shows it in a window of its own, the host
 * window on its Storage tab. All libvirt work runs on the host's worker through the task runner (so
 * it lands in the history); the FX thread only ever sets finished rows.
 */
public final class StoragePane {
    public static final String ID = "storage-pane";

    /** A volume row: the volume and the guests whose disk it is. */
    record VolumeRow(VolumeSummary volume, List<String> users) {
    }

    private final HostSession host;
    private final TaskRunner tasks;
    private final TableView<PoolSummary> pools = new TableView<>();
    private final TableView<VolumeRow> volumes = new TableView<>();
    private final Label status = new Label();
    private final TransferBar transfer = new TransferBar();
    private final VBox root;
    /**
     * Completes when the pane's last build step has had its pulse: the pools (and after them the
     * volumes) are read only then, so that listing thousands of volumes, which keeps libvirtd and the
     * host's worker busy for seconds, never shares the cores with a cold pane being styled.
     */
    private final CompletableFuture<Void> built = new CompletableFuture<>();

    public StoragePane(HostSession host, TaskRunner tasks) {
        this.host = host;
        this.tasks = tasks;
        pools.setId("storage-pools");
        volumes.setId("storage-volumes");
        status.setId("storage-status");
        status.setWrapText(true);
        TableColumn<PoolSummary, PoolSummary> capacity = new TableColumn<>("Capacity");
        capacity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        capacity.setCellFactory(column -> new PoolCapacityCell());
        capacity.setPrefWidth(300);
        pools.getColumns().addAll(List.of(column("Pool", PoolSummary::name), column("Type", PoolSummary::type),
                column("State", p -> p.active() ? "running" : "stopped"), column("Autostart", p -> p.autostart() ? "yes" : "no"),
                column("Source / target", StoragePane::where), capacity));
        volumes.getColumns().addAll(List.of(column("Volume", (VolumeRow v) -> v.volume().name()),
                column("Format", (VolumeRow v) -> v.volume().format()), column("Size", (VolumeRow v) -> ByteSize.human(v.volume().capacity())),
                column("On disk", (VolumeRow v) -> ByteSize.human(v.volume().allocation())),
                column("Backing", (VolumeRow v) -> v.volume().backing() == null ? "" : v.volume().backing()),
                column("Used by", (VolumeRow v) -> String.join(", ", v.users()))));
        for (TableView<?> table : List.of(pools, volumes)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        // Every volume row is one line of text: a fixed height (the theme's 2em row) spares the
        // table measuring rows to place thousands of them.
        volumes.setStyle("-fx-fixed-cell-size: 2em;");
        pools.setPlaceholder(new Label("Reading the pools…"));
        volumes.setPlaceholder(new Label("Choose a pool"));
        pools.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> loadVolumes(now));
        StorageButtons buttons = new StorageButtons(this, pools, volumes);
        VBox poolHalf = new VBox(6);
        VBox volumeHalf = new VBox(6);
        SplitPane split = new SplitPane(poolHalf, volumeHalf);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        for (TableView<?> table : List.of(pools, volumes)) {
            VBox.setVgrow(table, Priority.ALWAYS);
        }
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, split, status);
        root.setPadding(new Insets(8, 0, 0, 0));
        root.setId(ID);
        root.getProperties().put(StoragePane.class, this);
        // Shown in steps, each in a pulse of its own: the empty halves, the pools table, the volumes
        // table, each half's buttons, then the hidden transfer bar. Styling both tables, a dozen buttons and
        // a progress bar for the first time in one pulse kept a cold FX thread busy for 100 ms (a
        // hidden node is styled all the same); then the pools are read (see built).
        root.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    root.sceneProperty().removeListener(this);
                    AfterPulse.steps(scene, List.of(() -> poolHalf.getChildren().add(pools),
                            () -> volumeHalf.getChildren().add(volumes),
                            () -> poolHalf.getChildren().add(buttons.poolBar()),
                            () -> volumeHalf.getChildren().add(buttons.volumeBar()),
                            () -> root.getChildren().add(1, transfer.node()),
                            () -> built.complete(null)));
                }
            }
        });
    }

    public Node node() {
        return root;
    }

    /**
     * Reads the pools (and then the first pool's volumes); call when the pane is first shown. The
     * reading starts once the pane is built (shown in a window, each step in a pulse of its own).
     */
    public void load() {
        load(null);
    }

    /** The same, choosing {@code pool} (e.g. a pool the host window was asked to show) once the list is in. */
    public void load(String pool) {
        built.thenRun(() -> loadPools(pool));
    }

    /** The pane inside {@code node}, for tests and the windows that embed it. */
    public static StoragePane of(Node node) {
        return (StoragePane) node.getProperties().get(StoragePane.class);
    }

    PoolSummary selectedPool() {
        return pools.getSelectionModel().getSelectedItem();
    }

    VolumeRow selectedVolume() {
        return volumes.getSelectionModel().getSelectedItem();
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    void askNewPool() {
        new NewPoolDialog().ask(window()).ifPresent(this::createPool);
    }

    void createPool(PoolSpec spec) {
        act(spec.name(), "create pool", () -> CreatePool.run(host, spec), made -> "Pool '" + made.name() + "' is ready.", spec.name());
    }

    void startPool() {
        String name = selectedPool().name();
        act(name, "start pool", () -> StartPool.run(host, name), p -> "Started pool '" + name + "'.", name);
    }

    void stopPool() {
        String name = selectedPool().name();
        act(name, "stop pool", () -> StopPool.run(host, name), p -> "Stopped pool '" + name + "'.", name);
    }

    void toggleAutostart() {
        PoolSummary pool = selectedPool();
        act(pool.name(), "autostart pool", () -> PoolAutostart.set(host, pool.name(), !pool.autostart()),
                p -> p.autostart() ? "Pool '" + p.name() + "' starts with the host." : "Pool '" + p.name() + "' no longer starts with the host.",
                pool.name());
    }

    void refreshPool() {
        PoolSummary pool = selectedPool();
        if (pool == null || !pool.active()) {
            loadPools(pool == null ? null : pool.name());
            return;
        }
        act(pool.name(), "refresh pool", () -> RefreshPool.run(host, pool.name()), p -> "Rescanned pool '" + p.name() + "'.", pool.name());
    }

    void deletePool() {
        String name = selectedPool().name();
        act(name, "delete pool", () -> DeletePool.run(host, name), DeletePool.Outcome::describe, null);
    }

    void askNewVolume() {
        PoolSummary pool = selectedPool();
        NewVolumeDialog.ask(window(), pool.name(), volumes.getItems().stream().map(VolumeRow::volume).toList())
                .ifPresent(this::createVolume);
    }

    void createVolume(NewVolume volume) {
        act(volume.name(), "create volume", () -> CreateVolume.run(host, volume),
                made -> "Created " + made.name() + " (" + made.format() + ", " + ByteSize.human(made.capacity()) + ").", volume.pool());
    }

    void askGrow() {
        VolumeRow row = selectedVolume();
        TextInputDialog ask = new TextInputDialog(String.valueOf(Math.max(1, row.volume().capacity() >> 30) + 1));
        ask.initOwner(window());
        ask.setTitle("Grow " + row.volume().name());
        ask.setHeaderText(row.volume().name() + " is " + ByteSize.human(row.volume().capacity()) + ". Its new size in GiB (volumes only grow):");
        ask.showAndWait().ifPresent(text -> growVolume(row.volume(), NewVolumeDialog.bytes(text)));
    }

    void growVolume(VolumeSummary volume, long bytes) {
        act(volume.name(), "resize volume", () -> ResizeVolume.run(host, volume.pool(), volume.name(), bytes),
                grown -> volume.name() + " is now " + ByteSize.human(grown.capacity()) + ".", volume.pool());
    }

    void deleteVolume() {
        VolumeSummary volume = selectedVolume().volume();
        act(volume.name(), "delete volume", () -> DeleteVolume.run(host, volume.pool(), volume.name()),
                x -> "Deleted " + volume.name() + ".", volume.pool());
    }

    void askDownload() {
        VolumeSummary volume = selectedVolume().volume();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Download " + volume.name() + " to this computer");
        chooser.setInitialFileName(volume.name());
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            download(volume, chosen.toPath());
        }
    }

    /** Copies the volume here with progress and Cancel; holes stay holes. */
    CompletableFuture<DownloadVolume.Downloaded> download(VolumeSummary volume, Path to) {
        CancelSignal cancel = new CancelSignal();
        transfer.start("Downloading " + volume.name(), cancel);
        CompletableFuture<DownloadVolume.Downloaded> done = tasks.run(new TaskLabel(host.uri(), volume.name(), "download volume"),
                cancel, pane -> DownloadVolume.run(host, volume.pool(), volume.name(), to,
                        TaskRunner.both(transfer.progress(), pane), cancel), d -> "Downloaded to " + d.file() + ".", d -> true);
        done.whenComplete((result, failure) -> Platform.runLater(() -> {
            transfer.stop();
            status.setText(failure != null ? TaskRunner.messageOf(failure) : "Downloaded " + volume.name() + " to " + result.file()
                    + " (" + ByteSize.human(result.bytes()) + ", " + ByteSize.human(result.dataBytes()) + " of data).");
        }));
        return done;
    }

    void askUpload() {
        PoolSummary pool = selectedPool();
        File chosen = new FileChooser().showOpenDialog(window());
        if (chosen == null) {
            return;
        }
        CancelSignal cancel = new CancelSignal();
        transfer.start("Uploading " + chosen.getName(), cancel);
        tasks.run(new TaskLabel(host.uri(), chosen.getName(), "upload volume"), cancel, pane -> VolumeUpload.upload(host,
                chosen.toPath(), pool.name(), chosen.getName(), TaskRunner.both(transfer.progress(), pane), cancel),
                uploaded -> "done", uploaded -> true).whenComplete((result, failure) -> Platform.runLater(() -> {
                    transfer.stop();
                    status.setText(failure != null ? TaskRunner.messageOf(failure) : "Uploaded " + chosen.getName() + ".");
                    loadPools(pool.name());
                }));
    }

    /**
     * Runs an operation, says how it went, then reads the pools again and selects {@code select}. A
     * refusal or failure changed nothing, so the tables stay as they are (reading them again emptied
     * the volumes' table for a moment).
     */
    private <T> void act(String subject, String operation, Supplier<CompletableFuture<T>> work, Function<T, String> success,
                         String select) {
        status.setText("");
        tasks.run(host.uri(), subject, operation, work).whenComplete((value, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status.setText(TaskRunner.messageOf(failure));
                return;
            }
            status.setText(success.apply(value));
            loadPools(select);
        }));
    }

    private void loadPools(String select) {
        StoragePools.list(host).whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status.setText("Could not read the pools: " + TaskRunner.messageOf(failure));
                return;
            }
            pools.getItems().setAll(list);
            pools.setPlaceholder(new Label("No storage pools: make one with New Pool…"));
            // The choice (which styles the chosen row and starts reading its volumes) waits for the
            // rows' own pulse: in a cold window their cells and capacity bars are styled for the first
            // time, and the volumes' listing keeps libvirtd and the worker busy on the same cores.
            afterPulse(() -> list.stream().filter(p -> p.name().equals(select)).findFirst().or(() -> list.stream().findFirst())
                    .ifPresentOrElse(p -> pools.getSelectionModel().select(p), () -> loadVolumes(null)));
        }));
    }

    /** Runs {@code step} after the pane's next pulse, or now when the pane is not in a scene. */
    private void afterPulse(Runnable step) {
        if (root.getScene() == null) {
            step.run();
        } else {
            AfterPulse.run(root.getScene(), step);
        }
    }

    private void loadVolumes(PoolSummary pool) {
        volumes.getItems().clear();
        if (pool == null) {
            volumes.setPlaceholder(new Label("Choose a pool"));
            return;
        }
        if (!pool.active()) {
            volumes.setPlaceholder(new Label("Pool '" + pool.name() + "' is stopped."));
            return;
        }
        volumes.setPlaceholder(new Label("Reading the volumes of '" + pool.name() + "'…"));
        // The rows are made where the listing finishes (the host's worker), not on the FX thread.
        StoragePools.volumesWithUsers(host, pool.name()).thenApply(found -> found.entrySet().stream()
                .map(e -> new VolumeRow(e.getKey(), e.getValue())).toList()).whenComplete((rows, failure) -> Platform.runLater(() -> {
            if (pool != selectedPool()) {
                return; // another pool was chosen meanwhile
            }
            if (failure != null) {
                status.setText("Could not read pool '" + pool.name() + "': " + TaskRunner.messageOf(failure));
            } else {
                volumes.getItems().setAll(rows);
                volumes.setPlaceholder(new Label("Pool '" + pool.name() + "' is empty."));
            }
        }));
    }

    private static String where(PoolSummary pool) {
        String target = pool.targetPath() == null ? "" : pool.targetPath();
        return pool.source().isEmpty() ? target : pool.source() + (target.isEmpty() ? "" : " → " + target);
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
