package dev.summit.app.vmlist;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Turns a chosen entry into commands, asking first where the action cannot be undone. */
public final class GuestActionHandler {
    /** The "yes, do it" button of a confirmation, for keyboard users and tests alike. */
    public static final String CONFIRM_ID = "confirm-action";

    private final GuestTable table;
    private final GuestCommands commands;
    private final Supplier<Window> owner;
    private final Consumer<GuestRow> openConsole;

    GuestActionHandler(GuestTable table, GuestCommands commands, Supplier<Window> owner, Consumer<GuestRow> openConsole) {
        this.table = table;
        this.commands = commands;
        this.owner = owner;
        this.openConsole = openConsole;
    }

    boolean applies(ActionBar.Entry entry, List<GuestRow> guests) {
        return commands.applies(entry.action, guests);
    }

    void handle(ActionBar.Entry entry) {
        List<GuestRow> guests = table.selectedGuests();
        if (guests.isEmpty()) {
            return;
        }
        switch (entry) {
            case FORCE_OFF -> {
                if (confirm("Force off " + names(guests) + "?",
                        "Like pulling the power cord: anything unsaved inside the guest is lost.", "Force Off")) {
                    commands.perform(entry.action, guests);
                }
            }
            case DELETE -> guests.forEach(this::askDelete);
            case OPEN -> guests.forEach(openConsole);
            default -> commands.perform(entry.action, guests);
        }
    }

    private void askDelete(GuestRow guest) {
        commands.planDelete(guest).thenAccept(plan -> Platform.runLater(() -> {
            DeleteDialog dialog = new DeleteDialog(owner.get(), guest, plan);
            dialog.showAndWait().ifPresent(removeDisks -> commands.delete(guest, removeDisks));
        }));
    }

    private boolean confirm(String header, String text, String verb) {
        ButtonType go = new ButtonType(verb, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, go, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(verb);
        alert.setHeaderText(header);
        alert.getDialogPane().lookupButton(go).setId(CONFIRM_ID);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private static String names(List<GuestRow> guests) {
        return guests.stream().map(g -> "'" + g + "'").collect(Collectors.joining(", "));
    }
}
