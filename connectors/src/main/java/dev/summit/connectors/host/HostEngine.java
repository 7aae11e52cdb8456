package dev.summit.connectors.host;

import dev.summit.connectors.jna.LibvirtErrorLog;
import dev.summit.connectors.jna.LoadAhead;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.libvirt.LibvirtException;

/** All open hosts of this process, each with its own worker, sharing libvirt's one event thread. */
public final class HostEngine implements AutoCloseable {
    private final EngineSettings settings;
    private final Map<String, HostSession> sessions = new ConcurrentHashMap<>();

    /** Cheap: libvirt is not touched until {@link #startEvents} or the first {@link #open}. */
    public HostEngine(EngineSettings settings) {
        this.settings = settings;
    }

    /**
     * Loads libvirt and starts its event thread (a tenth of a second or more), so a caller can do
     * it at a moment of its choosing — the window starts it while its first frame is drawn.
     * Idempotent; {@link #open} calls it too.
     */
    public void startEvents() {
        LibvirtEventLoop.ensureRunning();
    }

    /**
     * Loads libvirt on a thread of its own, for a caller that will open a host soon but has other
     * work first (a verb parsing its command line), so the two share the machine's cores. Loading
     * is mostly the JVM generating libvirt-java's binding, a proxy class of several hundred methods
     * that no AOT cache holds (about 50 ms of CPU; {@code summit list} no longer loads it). A failure
     * is left for the open to report.
     */
    public static void preload() {
        LoadAhead.start("load libvirt", LibvirtErrorLog::install);
    }

    /** The session for {@code uri}, opened and connecting in the background if it was not open. */
    public HostSession open(String uri) {
        if (settings.events()) {
            startEvents();
        } else {
            try {
                LibvirtErrorLog.install(); // libvirt's errors to the log, as the event loop's start does
            } catch (LibvirtException e) {
                throw new IllegalStateException("libvirt could not be loaded: " + e.getMessage(), e);
            }
        }
        return sessions.computeIfAbsent(uri, u -> {
            HostSession session = new HostSession(u, settings);
            session.start();
            return session;
        });
    }

    public Optional<HostSession> session(String uri) {
        return Optional.ofNullable(sessions.get(uri));
    }

    public Collection<HostSession> sessions() {
        return List.copyOf(sessions.values());
    }

    public void close(String uri) {
        HostSession session = sessions.remove(uri);
        if (session != null) {
            session.close();
        }
    }

    @Override
    public void close() {
        sessions.keySet().forEach(this::close);
    }
}
