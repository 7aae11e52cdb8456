package dev.summit.app.create;

import dev.summit.app.SummitServices;
import dev.summit.app.vmlist.HostMenuAction;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Adds "New Virtual Machine…" (File menu, Shortcut+N) and a New tool-bar button. */
public final class CreateFeature {
    private CreateFeature() {
    }

    public static void install(SummitServices services) {
        services.window().addHostAction(new HostMenuAction("new-vm", "New Virtual Machine…", "Shortcut+N",
                host -> true, host -> NewGuestDialog.show(services, host)));
        Button button = new Button("New");
        button.setId("toolbar-new-vm");
        button.setTooltip(new Tooltip("Create a virtual machine on the selected host"));
        button.setOnAction(e -> services.window().selectedHostRow().ifPresentOrElse(
                host -> NewGuestDialog.show(services, host),
                () -> services.window().report("Select a host first: the new guest is created on it.")));
        services.window().addToolbarItem(button);
    }
}
