package dev.summit.app.create;

import dev.summit.connectors.ops.HostFacts;
import dev.summit.app.SummitServices;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.osinfo.OsInfoDb;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** New Virtual Machine…: the File-menu action, Shortcut+N, and the tool bar's New button. */
public final class CreateFeature {
    public static final String ACTION_ID = "new-guest";
    public static final String TOOLBAR_ID = "toolbar-new";

    private final SummitServices services;
    private CompletableFuture<OsInfoDb> osinfo;

    private CreateFeature(SummitServices services) {
        this.services = services;
    }

    public static void install(SummitServices services) {
        CreateFeature feature = new CreateFeature(services);
        services.window().addHostAction(new HostMenuAction(ACTION_ID, "New Virtual Machine…", "Shortcut+N",
                host -> true, feature::open));
        Button button = new Button("New");
        button.setId(TOOLBAR_ID);
        button.setTooltip(new Tooltip("Create a virtual machine on the selected host (Ctrl+N)"));
        // With no host selected, the first connected one: a host that does not answer is never waited on.
        button.setOnAction(e -> feature.open(services.window().selectedHostRow()
                .or(() -> services.model().hosts().stream()
                        .filter(h -> h.statusProperty().get() instanceof HostStatus.Connected).findFirst())
                .or(() -> services.model().hosts().stream().findFirst()).orElse(null)));
        services.window().addToolbarItem(button);
    }

    /** Asks the host what the pages need, then shows the wizard; says why in the window when it cannot. */
    void open(HostRow host) {
        if (host == null) {
            services.window().report("Add a connection first: a new virtual machine needs a host.");
            return;
        }
        Optional<HostSession> session = services.engine().session(host.uri());
        HostStatus status = host.statusProperty().get();
        if (session.isEmpty() || !(status instanceof HostStatus.Connected)) {
            services.window().report("The host " + host.nameProperty().get() + " is not connected"
                    + (status == null ? "" : " (" + status.describe() + ")") + "; choose a connected host.");
            return;
        }
        if (osinfo == null) {
            // The database takes about half a second to read: once, off the FX thread, shared by every wizard.
            osinfo = CompletableFuture.supplyAsync(OsInfoDb::system, services.background());
        }
        HostFacts.load(session.get()).whenComplete((facts, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                services.window().report("Could not read " + host.nameProperty().get() + ": "
                        + TaskRunner.messageOf(failure));
            } else {
                new NewGuestWizard(services, session.get(), facts, osinfo).show();
            }
        }));
    }
}
