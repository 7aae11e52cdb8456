package dev.summit.app.backup;

import java.io.File;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A folder path with Choose…, bound to a view-model's property; {@code settled} runs once typing
 * pauses, not on every key. For a host on another machine there is nothing here to browse: the
 * field takes a full path on that host, says so, and the view-model reports what libvirt finds there.
 */
final class FolderField {
    private final HBox row;

    public static final String HOST_NOTE_ID = "folder-on-host";

    /** @param otherHost the other machine the folder is on, or null for a folder of this machine */
    FolderField(String id, String prompt, String chooserTitle, StringProperty path, Runnable settled, Stage owner,
                String otherHost) {
        TextField folder = new TextField();
        folder.setId(id);
        folder.setPromptText(otherHost == null ? prompt : "A full path on " + otherHost + ", e.g. /var/lib/libvirt/backups");
        folder.setPrefColumnCount(34);
        folder.textProperty().bindBidirectional(path);
        PauseTransition settle = new PauseTransition(Duration.millis(400));
        settle.setOnFinished(e -> settled.run());
        folder.textProperty().addListener((obs, old, now) -> settle.playFromStart());
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(chooserTitle);
            File picked = chooser.showDialog(owner);
            if (picked != null) {
                folder.setText(picked.getAbsolutePath());
            }
        });
        if (otherHost != null) {
            Label where = new Label("on " + otherHost);
            where.setId(HOST_NOTE_ID);
            row = new HBox(8, folder, where);
            row.setAlignment(Pos.CENTER_LEFT);
        } else {
            row = new HBox(8, folder, choose);
        }
        HBox.setHgrow(folder, Priority.ALWAYS);
    }

    HBox node() {
        return row;
    }
}
