package dev.summit.app.backup;

import java.io.File;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/** A folder path with Choose…, bound to a view-model's property; {@code settled} runs once typing pauses, not on every key. */
final class FolderField {
    private final HBox row;

    FolderField(String id, String prompt, String chooserTitle, StringProperty path, Runnable settled, Stage owner) {
        TextField folder = new TextField();
        folder.setId(id);
        folder.setPromptText(prompt);
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
        row = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
    }

    HBox node() {
        return row;
    }
}
