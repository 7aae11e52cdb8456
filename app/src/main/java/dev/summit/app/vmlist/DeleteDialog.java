package dev.summit.app.vmlist;

import dev.summit.connectors.ops.DiskDecision;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before deleting a guest and shows, disk by disk, what goes with it and what stays (install
 * media, shared and read-only disks always stay). Returns whether to delete the guest's own disks.
 */
public final class DeleteDialog extends Dialog<Boolean> {
    static final String REMOVE_DISKS_ID = "delete-own-disks";
    public static final String CONFIRM_ID = "confirm-delete";

    DeleteDialog(Window owner, GuestRow guest, List<DiskDecision> plan) {
        initOwner(owner);
        setTitle("Delete Guest");
        setHeaderText("Delete '" + guest + "'?" + (guest.stateProperty().get().isActive()
                ? " It is running and will be forced off first." : ""));
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(delete, ButtonType.CANCEL);
        getDialogPane().lookupButton(delete).setId(CONFIRM_ID);
        boolean anyOwn = plan.stream().anyMatch(DiskDecision::remove);
        CheckBox removeDisks = new CheckBox("Also delete the guest's own disks");
        removeDisks.setId(REMOVE_DISKS_ID);
        removeDisks.setSelected(anyOwn);
        removeDisks.setDisable(!anyOwn);
        VBox content = new VBox(8, removeDisks);
        for (DiskDecision disk : plan) {
            Label line = new Label(disk.target() + "   " + disk.source() + "   — " + disk.why());
            line.getStyleClass().add(disk.remove() ? "disk-deleted" : "disk-kept");
            line.disableProperty().bind(removeDisks.selectedProperty().not().and(
                    javafx.beans.binding.Bindings.createBooleanBinding(disk::remove)));
            content.getChildren().add(line);
        }
        if (plan.isEmpty()) {
            content.getChildren().add(new Label("The guest has no disks."));
        }
        getDialogPane().setContent(content);
        setResultConverter(button -> button == delete ? removeDisks.isSelected() : null);
    }
}
