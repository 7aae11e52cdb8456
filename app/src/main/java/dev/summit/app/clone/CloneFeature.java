package dev.summit.app.clone;

import dev.summit.app.SummitServices;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.GuestMenuAction;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.templates.Templates;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Guest → Clone…, New Guest from Template… and Convert to Template…, for one guest at a time. */
public final class CloneFeature {
    /** The menu action's id; the main window names it when it says why Start is greyed out. */
    public static final String NEW_FROM_TEMPLATE = "new-from-template";
    private final SummitServices services;

    private CloneFeature(SummitServices services) {
        this.services = services;
    }

    public static CloneFeature install(SummitServices services) {
        CloneFeature feature = new CloneFeature(services);
        // A running guest too: the dialog offers to pause it while its disks are copied.
        services.window().addGuestAction(new GuestMenuAction("clone", "Clone…", "Shortcut+Shift+C",
                guests -> guests.size() == 1, guests -> feature.openClone(guests.get(0))));
        // What a template offers in place of Start, which it refuses.
        services.window().addGuestAction(new GuestMenuAction(NEW_FROM_TEMPLATE, "New Guest from Template…", null,
                guests -> guests.size() == 1 && guests.get(0).isTemplate(), guests -> feature.openClone(guests.get(0))));
        services.window().addGuestAction(new GuestMenuAction("make-template", "Convert to Template…", null,
                guests -> oneShutOff(guests) && !guests.get(0).isTemplate(), guests -> feature.askMarkTemplate(guests.get(0))));
        // In the File menu with the other host actions: it lists the templates of every connected host.
        services.window().addHostAction(new HostMenuAction("templates", "Templates…", null, host -> true,
                host -> feature.openTemplates()));
        services.window().whenTemplateStarted(feature::offerClone);
        return feature;
    }

    /** Clones and templates are made from a guest whose disks hold still. */
    private static boolean oneShutOff(List<GuestRow> guests) {
        return guests.size() == 1 && !guests.get(0).stateProperty().get().isActive();
    }

    /** Start on a template: it never runs, so the user is asked whether to clone it instead. */
    void offerClone(GuestRow template) {
        javafx.scene.control.ButtonType clone = new javafx.scene.control.ButtonType("Clone…",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                "Its disks are the bases its clones read, so it never runs. Make a clone of it and start that instead.",
                clone, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(services.window().stage());
        ask.setTitle("Template");
        ask.setHeaderText("'" + template.nameProperty().get() + "' is a template");
        ask.getDialogPane().lookupButton(clone).setId("template-offer-clone");
        ask.showAndWait().filter(clone::equals).ifPresent(yes -> openClone(template));
    }

    public CloneDialog openClone(GuestRow guest) {
        CloneDialog dialog = new CloneDialog(guest, session(guest), services.tasks(), services.window().stage());
        dialog.show();
        return dialog;
    }

    public TemplatesWindow openTemplates() {
        TemplatesWindow window = new TemplatesWindow(services, this);
        window.show();
        return window;
    }

    private void askMarkTemplate(GuestRow guest) {
        ButtonType convert = new ButtonType("Convert", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "A template never starts; you make guests from it with"
                + " Clone…, as linked clones that read its disks. `summit template unmark` turns it back.",
                convert, ButtonType.CANCEL);
        alert.initOwner(services.window().stage());
        alert.setTitle("Convert to Template");
        alert.setHeaderText("Make '" + guest.nameProperty().get() + "' a template?");
        if (alert.showAndWait().filter(convert::equals).isEmpty()) {
            return;
        }
        HostSession session = session(guest);
        services.tasks().run(guest.hostUri(), guest.nameProperty().get(), "mark as template",
                () -> Templates.mark(session, guest.uuid()))
                .thenRunAsync(() -> TemplateIndexing.marked(services.store(), guest), services.background())
                .thenRun(() -> Platform.runLater(() -> services.window().report(
                        "'" + guest.nameProperty().get() + "' is now a template: Clone… makes guests from it.")))
                .exceptionally(failure -> {
                    Platform.runLater(() -> services.window().report(TaskRunner.messageOf(failure)));
                    return null;
                });
    }

    private HostSession session(GuestRow guest) {
        return services.engine().session(guest.hostUri()).orElseThrow(() ->
                new HostOperationException("The host of '" + guest.nameProperty().get() + "' is no longer open."));
    }
}
