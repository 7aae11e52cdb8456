package dev.summit.app.storage;

import dev.summit.app.SummitServices;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostSession;
import java.util.Optional;

/** File → Storage…: the selected host's pools, volumes and the ISO library. */
public final class StorageFeature {
    public static final String ACTION_ID = "storage";

    private final SummitServices services;

    private StorageFeature(SummitServices services) {
        this.services = services;
    }

    public static StorageFeature install(SummitServices services) {
        StorageFeature feature = new StorageFeature(services);
        services.window().addHostAction(new HostMenuAction(ACTION_ID, "Storage…", null, host -> true, feature::open));
        return feature;
    }

    public Optional<StorageWindow> open(HostRow host) {
        Optional<HostSession> session = host == null ? Optional.empty() : services.engine().session(host.uri());
        if (session.isEmpty()) {
            services.window().report("Connect to a host first: its storage is read from it.");
            return Optional.empty();
        }
        StorageWindow window = new StorageWindow(session.get(), services.tasks(), new IsoLibrary(services.store(), services.background()),
                services.window().stage());
        window.show();
        return Optional.of(window);
    }
}
