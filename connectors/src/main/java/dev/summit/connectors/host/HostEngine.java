package dev.summit.connectors.host;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The session for {@code uri}, opened and connecting in the background if it was not open. */
    public HostSession open(String uri) {
        startEvents();
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
