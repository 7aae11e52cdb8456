package dev.summit.app.guest.snapshots;

import dev.summit.connectors.snapshots.SnapshotRequest;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new snapshot's name and description, and whether it must be external or disk only. */
final class TakeSnapshotDialog {
    static final String NAME_ID = "take-snapshot-name";
    static final String DESCRIPTION_ID = "take-snapshot-description";
    static final String EXTERNAL_ID = "take-snapshot-external";
    static final String DISK_ONLY_ID = "take-snapshot-disk-only";

    private final Dialog<SnapshotRequest> dialog = new Dialog<>();

    TakeSnapshotDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Take Snapshot");
        dialog.setHeaderText("Summit chooses internal or external for this guest; tick External to insist.");
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText("a name made from the time");
        TextArea description = new TextArea();
        description.setId(DESCRIPTION_ID);
        description.setPrefRowCount(3);
        CheckBox external = new CheckBox("External (overlay files beside the disks)");
        external.setId(EXTERNAL_ID);
        CheckBox diskOnly = new CheckBox("Disks only, without the memory of a running guest");
        diskOnly.setId(DISK_ONLY_ID);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Description"), description);
        grid.add(external, 1, 2);
        grid.add(diskOnly, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new SnapshotRequest(name.getText(), description.getText(), external.isSelected(), diskOnly.isSelected())
                : null);
        dialog.setOnShown(e -> name.requestFocus());
    }

    Optional<SnapshotRequest> ask() {
        return dialog.showAndWait();
    }
}
