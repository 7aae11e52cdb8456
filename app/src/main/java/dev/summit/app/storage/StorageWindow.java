package dev.summit.app.storage;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.units.ByteSize;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Storage…: one host's {@link StoragePane} (pools and volumes with every action) and the ISO
 * library (the host's ISO volumes and the ISOs in folders of this machine). All libvirt work is off
 * the FX thread.
 */
public final class StorageWindow {
    public static final String ID = "storage-window";

    private final Stage stage = new Stage();
    private final HostSession host;
    private final IsoLibrary library;
    private final StoragePane pane;
    private final ListView<Path> folders = new ListView<>();
    private final TableView<LibraryIso> isos = new TableView<>();
    private final Label status = new Label();

    public StorageWindow(HostSession host, TaskRunner tasks, IsoLibrary library, Window owner) {
        this.host = host;
        this.library = library;
        this.pane = new StoragePane(host, tasks);
        folders.setId("storage-iso-folders");
        isos.setId("storage-isos");
        status.setId("storage-status");
        status.setWrapText(true);
        isos.getColumns().addAll(List.of(column("ISO", LibraryIso::name), column("Where", LibraryIso::where),
                column("Size", (LibraryIso i) -> ByteSize.human(i.bytes()))));
        isos.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        isos.setPlaceholder(new Label("No ISO images: add a folder of this machine, or put .iso volumes in a pool."));

        TabPane tabs = new TabPane(new Tab("Pools", pane.node()), new Tab("ISO Library", libraryTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox root = new VBox(8, tabs, status);
        root.setPadding(new Insets(10));
        root.setId(ID);
        root.getProperties().put(StorageWindow.class, this);
        stage.setTitle("Storage — " + host.uri());
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 1000, 640));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        pane.load();
        loadLibrary();
    }

    public StoragePane pane() {
        return pane;
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
        return StoragePane.column(title, value);
    }
}
