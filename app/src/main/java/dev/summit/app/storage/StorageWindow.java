package dev.summit.app.storage;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.Sizes;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Storage…: one host's pools with their volumes (size, allocation, which guests use each),
 * a new directory pool, refresh, deleting a volume no guest uses; and the ISO library (the host's
 * ISO volumes and the ISOs in folders of this machine). All libvirt work is off the FX thread.
 */
public final class StorageWindow {
    public static final String ID = "storage-window";

    /** A volume row: the volume and the guests whose disk it is. */
    record VolumeRow(VolumeSummary volume, List<String> users) {
    }

    private final Stage stage = new Stage();
    private final HostSession host;
    private final IsoLibrary library;
    private final TableView<PoolSummary> pools = new TableView<>();
    private final TableView<VolumeRow> volumes = new TableView<>();
    private final ListView<Path> folders = new ListView<>();
    private final TableView<LibraryIso> isos = new TableView<>();
    private final Label status = new Label();

    public StorageWindow(HostSession host, IsoLibrary library, Window owner) {
        this.host = host;
        this.library = library;
        pools.setId("storage-pools");
        volumes.setId("storage-volumes");
        folders.setId("storage-iso-folders");
        isos.setId("storage-isos");
        status.setId("storage-status");
        status.setWrapText(true);
        pools.getColumns().addAll(List.of(column("Pool", PoolSummary::name), column("Type", PoolSummary::type),
                column("State", p -> p.active() ? "running" : "stopped"), column("Size", p -> Sizes.bytes(p.capacity())),
                column("Free", p -> Sizes.bytes(p.available()))));
        volumes.getColumns().addAll(List.of(column("Volume", (VolumeRow v) -> v.volume().name()),
                column("Format", (VolumeRow v) -> v.volume().format()), column("Size", (VolumeRow v) -> Sizes.bytes(v.volume().capacity())),
                column("On disk", (VolumeRow v) -> Sizes.bytes(v.volume().allocation())),
                column("Used by", (VolumeRow v) -> String.join(", ", v.users()))));
        isos.getColumns().addAll(List.of(column("ISO", LibraryIso::name), column("Where", LibraryIso::where),
                column("Size", (LibraryIso i) -> Sizes.bytes(i.bytes()))));
        for (TableView<?> table : List.of(pools, volumes, isos)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        pools.setPlaceholder(new Label("Reading the pools…"));
        volumes.setPlaceholder(new Label("Choose a pool"));
        isos.setPlaceholder(new Label("No ISO images: add a folder of this machine, or put .iso volumes in a pool."));
        pools.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> loadVolumes(now));

        TabPane tabs = new TabPane(new Tab("Pools", poolsTab()), new Tab("ISO Library", libraryTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox root = new VBox(8, tabs, status);
        root.setPadding(new Insets(10));
        root.setId(ID);
        root.getProperties().put(StorageWindow.class, this);
        stage.setTitle("Storage — " + host.uri());
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 900, 520));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        loadPools(null);
        loadLibrary();
    }

    private VBox poolsTab() {
        Button newPool = button("New Pool…", "storage-new-pool", this::askNewPool);
        Button refresh = button("Refresh", "storage-refresh", () -> {
            PoolSummary selected = pools.getSelectionModel().getSelectedItem();
            loadPools(selected == null ? null : selected.name());
        });
        Button delete = button("Delete Volume", "storage-delete-volume", this::deleteVolume);
        delete.disableProperty().bind(volumes.getSelectionModel().selectedItemProperty().isNull());
        SplitPane split = new SplitPane(pools, volumes);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, split, bar(newPool, refresh, delete));
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private VBox libraryTab() {
        Button add = button("Add Folder…", "storage-add-folder", () -> {
            java.io.File chosen = new DirectoryChooser().showDialog(stage);
            if (chosen != null) {
                addFolder(chosen.toPath());
            }
        });
        Button remove = button("Remove Folder", "storage-remove-folder", () -> {
            Path folder = folders.getSelectionModel().getSelectedItem();
            library.removeFolder(folder).whenComplete((ok, failure) -> Platform.runLater(this::loadLibrary));
        });
        remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
        folders.setPrefHeight(90);
        folders.setPlaceholder(new Label("No folders of this machine yet"));
        VBox.setVgrow(isos, Priority.ALWAYS);
        VBox box = new VBox(8, new Label("Folders of this machine whose .iso files are listed:"), folders, isos,
                bar(add, remove, button("Refresh", "storage-refresh-library", this::loadLibrary)));
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** For a test or a drop: adds the folder to the library and lists its ISOs. */
    void addFolder(Path folder) {
        library.addFolder(folder).whenComplete((added, failure) -> Platform.runLater(() -> {
            status.setText(failure != null ? TaskRunner.messageOf(failure) : "");
            loadLibrary();
        }));
    }

    private void loadPools(String select) {
        StoragePools.list(host).whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status.setText("Could not read the pools: " + TaskRunner.messageOf(failure));
                return;
            }
            pools.getItems().setAll(list);
            list.stream().filter(p -> p.name().equals(select)).findFirst().or(() -> list.stream().findFirst())
                    .ifPresent(p -> pools.getSelectionModel().select(p));
        }));
    }

    private void loadVolumes(PoolSummary pool) {
        volumes.getItems().clear();
        if (pool == null) {
            return;
        }
        if (!pool.active()) {
            volumes.setPlaceholder(new Label("Pool '" + pool.name() + "' is stopped."));
            return;
        }
        StoragePools.volumesWithUsers(host, pool.name())
                .whenComplete((found, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        status.setText("Could not read pool '" + pool.name() + "': " + TaskRunner.messageOf(failure));
                    } else {
                        volumes.getItems().setAll(found.entrySet().stream().map(e -> new VolumeRow(e.getKey(), e.getValue()))
                                .toList());
                        volumes.setPlaceholder(new Label("Pool '" + pool.name() + "' is empty."));
                    }
                }));
    }

    private void loadLibrary() {
        library.folders().whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                folders.getItems().setAll(list);
            }
        }));
        library.list(host).whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status.setText("Could not list the ISO images: " + TaskRunner.messageOf(failure));
            } else {
                isos.getItems().setAll(list);
            }
        }));
    }

    /** Refused by the operation, with the guests' names, when a guest's definition uses the volume. */
    private void deleteVolume() {
        VolumeRow row = volumes.getSelectionModel().getSelectedItem();
        PoolSummary pool = pools.getSelectionModel().getSelectedItem();
        StoragePools.deleteVolume(host, row.volume().pool(), row.volume().name()).whenComplete((ok, failure) ->
                Platform.runLater(() -> {
                    status.setText(failure != null ? TaskRunner.messageOf(failure) : "Deleted " + row.volume().name() + ".");
                    loadPools(pool == null ? null : pool.name());
                }));
    }

    private void askNewPool() {
        TextField name = new TextField();
        name.setId("storage-pool-name");
        name.setPromptText("isos");
        TextField directory = new TextField();
        directory.setId("storage-pool-dir");
        directory.setPromptText("/var/lib/libvirt/isos");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name:"), name);
        grid.addRow(1, new Label("Directory on the host:"), directory);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("New Storage Pool");
        dialog.setHeaderText("A directory pool: libvirt makes the directory if it is missing and starts the pool with the host.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> createPool(name.getText().strip(),
                directory.getText().strip()));
    }

    void createPool(String name, String directory) {
        if (name.isEmpty() || name.contains("/") || !directory.startsWith("/")) {
            status.setText(name.isEmpty() || name.contains("/") ? "A pool's name is needed, without '/'."
                    : "The directory must be an absolute path on the host, such as /var/lib/libvirt/isos.");
            return;
        }
        StoragePools.createDirectoryPool(host, name, directory).whenComplete((pool, failure) -> Platform.runLater(() -> {
            status.setText(failure != null ? TaskRunner.messageOf(failure) : "Pool '" + name + "' is ready.");
            loadPools(name);
        }));
    }

    private static HBox bar(Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(buttons);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
