package dev.summit.app.hostwindow;

import dev.summit.app.SummitServices;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** File → Host Details… and a host heading's context menu: one window per host, raised when open already. */
public final class HostWindowFeature {
    public static final String ACTION_ID = "host-details";

    private final SummitServices services;
    private final Map<String, HostWindow> open = new HashMap<>();

    private HostWindowFeature(SummitServices services) {
        this.services = services;
    }

    public static HostWindowFeature install(SummitServices services) {
        HostWindowFeature feature = new HostWindowFeature(services);
        services.window().addHostHeadingAction(new HostMenuAction(ACTION_ID, "Host Details…", null, host -> true,
                feature::open));
        return feature;
    }

    /** Opens the host's window, or raises it; FX thread. */
    public Optional<HostWindow> open(HostRow host) {
        HostWindow existing = host == null ? null : open.get(host.uri());
        if (existing != null) {
            existing.stage().toFront();
            existing.stage().requestFocus();
            return Optional.of(existing);
        }
        Optional<HostSession> session = host == null ? Optional.empty() : services.engine().session(host.uri());
        if (session.isEmpty()) {
            services.window().report("Connect to a host first: its details are read from it.");
            return Optional.empty();
        }
        HostWindow window = new HostWindow(host.nameProperty().get(), session.get(), services);
        open.put(host.uri(), window);
        window.stage().setOnHiding(e -> open.remove(host.uri()));
        window.show();
        return Optional.of(window);
    }
}
