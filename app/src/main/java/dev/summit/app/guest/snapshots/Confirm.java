package dev.summit.app.guest.snapshots;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** A yes/no question before an action that loses something. */
final class Confirm {
    static final String DIALOG_CLASS = "snapshot-confirm";

    private Confirm() {
    }

    static boolean ask(Window owner, String question, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Snapshots");
        alert.setHeaderText(question);
        alert.getDialogPane().getStyleClass().add(DIALOG_CLASS);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
