package dev.summit.app.hostwindow;

import dev.summit.app.SummitServices;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;

/** File → Host Details… and a host heading's context menu: one window per host, raised when open already. */
public final class HostWindowFeature {
    public static final String ACTION_ID = "host-details";

    private final SummitServices services;
    private final Map<String, HostWindow> open = new HashMap<>();
    /** Hosts whose window waits for its classes: a second click meanwhile opens no second window. */
    private final Set<String> opening = new HashSet<>();

    private HostWindowFeature(SummitServices services) {
        this.services = services;
    }

    public static HostWindowFeature install(SummitServices services) {
        HostWindowFeature feature = new HostWindowFeature(services);
        services.window().addHostHeadingAction(new HostMenuAction(ACTION_ID, "Host Details…", null, host -> true,
                feature::open));
        return feature;
    }

    /**
     * Opens the host's window, or raises it; FX thread. The first window of a process is built once
     * its classes are loaded on a background thread ({@link HostWindowClasses}), a moment later.
     */
    public void open(HostRow host) {
        HostWindow existing = host == null ? null : open.get(host.uri());
        if (existing != null) {
            existing.stage().toFront();
            existing.stage().requestFocus();
            return;
        }
        Optional<HostSession> session = host == null ? Optional.empty() : services.engine().session(host.uri());
        if (session.isEmpty()) {
            services.window().report("Connect to a host first: its details are read from it.");
            return;
        }
        if (!opening.add(host.uri())) {
            return;
        }
        String name = host.nameProperty().get();
        HostWindowClasses.load().whenComplete((loaded, failure) -> Platform.runLater(() -> {
            opening.remove(host.uri());
            HostWindow window = new HostWindow(name, session.get(), services.tasks());
            open.put(host.uri(), window);
            window.stage().setOnHiding(e -> open.remove(host.uri()));
            window.show();
        }));
    }
}
