package dev.summit.connectors.host;

import dev.summit.connectors.jna.StatsConnect;
import java.util.function.Consumer;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps a session's picture of its host current once connected: keepalive, libvirt's close
 * callback and its lifecycle events. The callbacks run on libvirt's shared event thread, so they
 * only hand the news to the session's worker.
 */
final class HostFollower {
    private static final Logger LOG = LoggerFactory.getLogger(HostFollower.class);

    private HostFollower() {
    }

    /**
     * Starts following {@code conn}.
     *
     * @param closed       gets the reason when the connection closes
     * @param guestChanged gets the UUID of each guest an event names
     * @return the lifecycle listener, for {@link Connections#closeQuietly}
     */
    static LifecycleListener follow(StatsConnect conn, EngineSettings settings, String uri, Consumer<String> closed,
                                    Consumer<String> guestChanged) throws LibvirtException {
        Connections.enableKeepAlive(conn, settings, uri);
        conn.registerCloseListener((c, reason) -> closed.accept("the connection closed (" + reason + ")"));
        LifecycleListener listener = (Domain domain, org.libvirt.event.DomainEvent event) -> {
            try {
                guestChanged.accept(domain.getUUIDString()); // read locally, no RPC
            } catch (LibvirtException e) {
                LOG.warn("event without a readable guest id on {}: {}", uri, e.getMessage());
            }
            return 0;
        };
        conn.addLifecycleListener(listener);
        return listener;
    }
}
