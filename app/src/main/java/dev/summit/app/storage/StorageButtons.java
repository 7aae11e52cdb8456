package dev.summit.app.storage;

import dev.summit.connectors.storage.PoolSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The storage pane's two button rows, each button enabled only when its action makes sense for the selection. */
final class StorageButtons {
    private final StoragePane pane;
    private final TableView<PoolSummary> pools;
    private final TableView<StoragePane.VolumeRow> volumes;

    StorageButtons(StoragePane pane, TableView<PoolSummary> pools, TableView<StoragePane.VolumeRow> volumes) {
        this.pane = pane;
        this.pools = pools;
        this.volumes = volumes;
    }

    HBox poolBar() {
        BooleanBinding none = pools.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding running = Bindings.createBooleanBinding(() -> pane.selectedPool() != null && pane.selectedPool().active(),
                pools.getSelectionModel().selectedItemProperty());
        Button start = button("Start", "storage-start-pool", pane::startPool);
        start.disableProperty().bind(none.or(running));
        Button stop = button("Stop", "storage-stop-pool", pane::stopPool);
        stop.disableProperty().bind(running.not());
        Button autostart = button("Autostart", "storage-autostart-pool", pane::toggleAutostart);
        autostart.textProperty().bind(Bindings.createStringBinding(() -> pane.selectedPool() != null && pane.selectedPool().autostart()
                ? "Don't Autostart" : "Autostart", pools.getSelectionModel().selectedItemProperty()));
        autostart.disableProperty().bind(none);
        Button delete = button("Delete Pool", "storage-delete-pool", pane::deletePool);
        delete.disableProperty().bind(none);
        return bar(button("New Pool…", "storage-new-pool", pane::askNewPool), start, stop, autostart,
                button("Refresh", "storage-refresh", pane::refreshPool), delete);
    }

    HBox volumeBar() {
        BooleanBinding noPool = Bindings.createBooleanBinding(() -> pane.selectedPool() == null || !pane.selectedPool().active(),
                pools.getSelectionModel().selectedItemProperty());
        BooleanBinding noVolume = volumes.getSelectionModel().selectedItemProperty().isNull();
        Button create = button("New Volume…", "storage-new-volume", pane::askNewVolume);
        create.disableProperty().bind(noPool);
        Button upload = button("Upload…", "storage-upload-volume", pane::askUpload);
        upload.disableProperty().bind(noPool);
        Button grow = button("Grow…", "storage-grow-volume", pane::askGrow);
        grow.disableProperty().bind(noVolume);
        Button download = button("Download…", "storage-download-volume", pane::askDownload);
        download.disableProperty().bind(noVolume);
        Button delete = button("Delete Volume", "storage-delete-volume", pane::deleteVolume);
        delete.disableProperty().bind(noVolume);
        return bar(create, upload, grow, download, delete);
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
}
