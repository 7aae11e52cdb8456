package dev.summit.connectors.host;

import dev.summit.connectors.jna.StatsConnect;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Connections whose callbacks libvirt may still hold. libvirt-java keeps a callback's JNA stub only
     * as long as its Connect object lives, and libvirt calls it on the event thread even after the
     * close when deregistering failed: a stub freed by the collector there crashes the whole JVM.
     */
    private static final Set<StatsConnect> STILL_CALLED = ConcurrentHashMap.newKeySet();

    /** Deregisters and closes; null is nothing to close. */
    static void closeQuietly(StatsConnect c, LifecycleListener listener) {
        if (c == null) {
            return;
        }
        boolean deregistered = deregister(c::unregisterCloseListener, "close callback");
        if (listener != null) {
            deregistered &= deregister(() -> c.removeLifecycleListener(listener), "lifecycle events");
        }
        if (!deregistered) {
            STILL_CALLED.add(c);
        }
        try {
            c.close();
        } catch (LibvirtException e) {
            LOG.debug("closing a connection: {}", e.getMessage());
        }
    }

    private interface Deregistration {
        void run() throws LibvirtException;
    }

    private static boolean deregister(Deregistration step, String what) {
        try {
            step.run();
            return true;
        } catch (LibvirtException e) {
            // libvirt-java deregisters nothing it never registered without a word: this one is still held.
            LOG.debug("deregistering a connection's {}: {}", what, e.getMessage());
            return false;
        }
    }
}
