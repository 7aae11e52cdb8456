package dev.summit.connectors.host;

import dev.summit.connectors.jna.StatsConnect;
import org.libvirt.LibvirtException;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The two ends of a host's connection that must never fail the session: keepalive on, and close. */
final class Connections {
    private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

    private Connections() {
    }

    static void enableKeepAlive(StatsConnect c, EngineSettings settings, String uri) {
        try {
            c.setKeepAlive(settings.keepAliveInterval(), settings.keepAliveCount());
        } catch (LibvirtException e) {
            // Local drivers (test://, the QEMU driver opened in-process) have no keepalive to turn on.
            LOG.debug("keepalive not available on {}: {}", uri, e.getMessage());
        }
    }

    /** Deregisters and closes; null is nothing to close. */
    static void closeQuietly(StatsConnect c, LifecycleListener listener) {
        if (c == null) {
            return;
        }
        try {
            c.unregisterCloseListener();
            if (listener != null) {
                c.removeLifecycleListener(listener);
            }
        } catch (LibvirtException e) {
            LOG.debug("deregistering a connection: {}", e.getMessage());
        }
        try {
            c.close();
        } catch (LibvirtException e) {
            LOG.debug("closing a connection: {}", e.getMessage());
        }
    }
}
