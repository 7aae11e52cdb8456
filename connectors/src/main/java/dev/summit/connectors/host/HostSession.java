package dev.summit.connectors.host;

import dev.summit.connectors.inventory.GuestReader;
import dev.summit.connectors.inventory.GuestStats;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.inventory.HostStatsHistory;
import dev.summit.connectors.inventory.InventoryListener;
import dev.summit.connectors.inventory.StatsHistory;
import dev.summit.connectors.jna.StatsConnect;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One host: its libvirt connection, owned by one worker thread, and the inventory kept current by
 * libvirt's lifecycle events. Everything touching the connection runs on the worker, so a slow or
 * dead host only ever delays its own queue. Lost connections are retried with backoff. Only the
 * snapshots ({@link #inventory()}) and the stats history ({@link #history}) are read off the worker,
 * and both hand out immutable copies.
 */
public final class HostSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostSession.class);

    private final String uri;
    private final EngineSettings settings;
    private final ScheduledExecutorService worker;
    private final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();
    private volatile HostInventory inventory;

    // Confined to the worker thread.
    private final Map<String, GuestSummary> guests = new HashMap<>();
    private final StatsRefresher stats;
    private final ConnectAttempt attempt;
    private StatsConnect conn;
    private LifecycleListener lifecycle;
    private long generation;
    private int failedAttempts;
    private ScheduledFuture<?> pending;
    private boolean closed;
    /** An attempt to open the connection is under way on its own thread. */
    private boolean attempting;
    /** Clean-ups the host must still get (worker thread only); see {@link #whenConnected}. */
    private final CleanupBacklog backlog;

    HostSession(String uri, EngineSettings settings) {
        this.uri = uri;
        this.settings = settings;
        this.inventory = new HostInventory(uri, new HostStatus.Connecting(), Map.of());
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "host " + uri);
            t.setDaemon(true);
            return t;
        });
        this.stats = new StatsRefresher(guests);
        this.attempt = new ConnectAttempt(uri);
        this.backlog = new CleanupBacklog(uri);
    }

    public String uri() {
        return uri;
    }

    /** The newest snapshot; safe from any thread. */
    public HostInventory inventory() {
        return inventory;
    }

    /**
     * One running guest's last {@value StatsHistory#CAPACITY} stats samples (ten minutes at the default
     * 2 s interval): CPU, memory, disk and network, oldest first; empty for a stopped or unknown guest. An immutable copy, safe from any thread.
     */
    public StatsHistory.Series history(String uuid) {
        return stats.history().series(uuid);
    }

    /** The host's own CPU and memory over the last ten minutes (while stats are sampled); safe from any thread. */
    public HostStatsHistory.Series hostHistory() {
        return stats.hostHistory().series();
    }

    /** Registers on the worker so the listener first gets the current snapshot, then every later one in order. */
    public void addListener(InventoryListener listener) {
        runOnWorker(() -> {
            listeners.add(listener);
            listener.inventoryChanged(inventory);
        });
    }

    public void removeListener(InventoryListener listener) {
        listeners.remove(listener);
    }

    void start() {
        runOnWorker(this::connect);
    }

    /** Skips the remaining backoff wait, e.g. when the user presses "Connect". */
    public void reconnectNow() {
        runOnWorker(() -> {
            if (conn == null && !closed) {
                cancelPending();
                connect();
            }
        });
    }

    /**
     * Runs {@code call} on the worker with the live connection. Failures complete the future with a
     * {@link HostOperationException} whose message reads "Could not {verb} '{guest}': {reason}."
     */
    public <T> CompletableFuture<T> submit(String verb, String guestName, HostCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                if (conn == null) {
                    result.completeExceptionally(new HostOperationException("Could not " + verb
                            + (guestName == null ? "" : " '" + guestName + "'") + ": the host is "
                            + inventory.status().describe() + "."));
                    return;
                }
                try {
                    result.complete(call.call(conn));
                } catch (LibvirtException e) {
                    result.completeExceptionally(LibvirtFailure.of(verb, guestName, e));
                    checkAlive();
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new HostOperationException("Could not " + verb + ": the host was closed."));
        }
        return result;
    }

    /** Re-reads one guest now (after an action, so the row is right even if an event is late). */
    public CompletableFuture<Void> refreshGuest(String uuid) {
        return submit("refresh", null, c -> {
            guestChanged(generation, uuid);
            return null;
        });
    }

    /**
     * Starts an attempt off the worker, so that while a host is slow to answer the worker still
     * says at once, to every caller, that it is connecting; the outcome comes back to the worker.
     */
    private void connect() {
        if (closed || attempting) {
            return;
        }
        long gen = ++generation;
        if (attempt.tooManyWaiting()) {
            scheduleNotAnswering("still not answering: earlier attempts are still waiting for it");
            return;
        }
        attempting = true;
        attempt.start(settings.connectTimeout()).whenComplete((opened, failure) -> {
            try {
                worker.execute(() -> attemptEnded(gen, opened, failure));
            } catch (RejectedExecutionException e) {
                Connections.closeQuietly(opened, null); // the session was closed while the host was answering
            }
        });
    }

    private void attemptEnded(long gen, StatsConnect opened, Throwable failure) {
        attempting = false;
        if (closed || gen != generation) {
            Connections.closeQuietly(opened, null);
            return;
        }
        if (failure instanceof ConnectAttempt.NotAnswering silent) {
            LOG.warn("{} is {}", uri, silent.getMessage());
            scheduleNotAnswering(silent.getMessage());
        } else if (failure instanceof LibvirtException e) {
            failedToConnect(e);
        } else if (failure != null) {
            LOG.error("connecting to {} failed", uri, failure);
            scheduleRetry(String.valueOf(failure.getMessage()));
        } else {
            try {
                connected(gen, opened);
            } catch (LibvirtException e) {
                Connections.closeQuietly(opened, null);
                failedToConnect(e);
            }
        }
    }

    private void connected(long gen, StatsConnect opened) throws LibvirtException {
        LifecycleListener onLifecycle = !settings.events() ? null : HostFollower.follow(opened, settings, uri,
                reason -> runOnWorker(() -> connectionLost(gen, reason)),
                uuid -> runOnWorker(() -> guestChanged(gen, uuid)));
        Map<String, GuestSummary> all;
        HostStatus status;
        try {
            all = GuestReader.readAll(opened);
            status = new HostStatus.Connected(opened.getType(), opened.getHostName());
        } catch (LibvirtException e) {
            // The listener must go with the connection: libvirt would call it after Java freed it.
            Connections.closeQuietly(opened, onLifecycle);
            failedToConnect(e);
            return;
        }
        conn = opened;
        lifecycle = onLifecycle;
        failedAttempts = 0;
        guests.clear();
        guests.putAll(all);
        stats.reset();
        // Queued before the rows are published, so whatever a listener queues on seeing them
        // (see settled) runs after the marks are in.
        runOnWorker(() -> markTemplates(gen));
        publish(status);
        drainBacklog();
        scheduleStats();
        LOG.info("connected to {} ({} guests)", uri, all.size());
    }

    /** The listing's second pass: template marks, which need each shut-off guest's definition. */
    private void markTemplates(long gen) {
        if (gen != generation || conn == null) {
            return;
        }
        try {
            if (GuestReader.markTemplates(conn, guests)) {
                publish(inventory.status());
            }
        } catch (LibvirtException e) {
            LOG.warn("could not read the template marks on {}: {}", uri, LibvirtFailure.reason(e));
            checkAlive();
        }
    }

    /**
     * Completes once the worker has done what was queued before it: once the host is connected,
     * the template marks of its first listing are in (a verb that prints them waits for this).
     */
    public CompletableFuture<Void> settled() {
        return submit("read the guests", null, c -> null);
    }

    private void failedToConnect(LibvirtException e) {
        String reason = LibvirtFailure.reason(e);
        if (LibvirtFailure.isPermanent(e)) {
            LOG.warn("cannot connect to {}: {}", uri, reason);
            publish(new HostStatus.Disconnected(reason));
        } else {
            scheduleRetry(reason);
        }
    }

    private void guestChanged(long gen, String uuid) {
        if (gen != generation || conn == null) {
            return;
        }
        GuestSummary before = guests.get(uuid);
        try {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            GuestSummary now = GuestReader.read(domain, before == null ? GuestStats.NONE : before.stats());
            if (!now.equals(before)) {
                guests.put(uuid, now);
                publish(inventory.status());
            }
        } catch (LibvirtException e) {
            if (LibvirtFailure.isNoDomain(e)) {
                if (guests.remove(uuid) != null) {
                    publish(inventory.status());
                }
            } else {
                LOG.warn("could not re-read guest {} on {}: {}", uuid, uri, LibvirtFailure.reason(e));
                checkAlive();
            }
        }
    }

    private void scheduleStats() {
        Duration every = settings.statsInterval();
        if (every.isZero() || every.isNegative()) {
            return;
        }
        long gen = generation;
        pending = worker.scheduleWithFixedDelay(() -> sampleStats(gen), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sampleStats(long gen) {
        if (gen != generation || conn == null) {
            return;
        }
        try {
            StatsRefresher.Outcome outcome = stats.refresh(conn);
            for (String uuid : outcome.unknownGuests()) {
                guestChanged(gen, uuid);
            }
            if (outcome.changed()) {
                publish(inventory.status());
            }
        } catch (LibvirtException e) {
            LOG.debug("stats sample failed on {}: {}", uri, e.getMessage());
            checkAlive();
        }
        if (conn != null) {
            stats.refreshHost(conn, uri);
        }
    }

    /** A failed call may mean the connection died; find out and start reconnecting if so. */
    private void checkAlive() {
        if (conn == null) {
            return;
        }
        boolean alive;
        try {
            alive = conn.isAlive();
        } catch (LibvirtException e) {
            alive = false;
        }
        if (!alive) {
            connectionLost(generation, "the connection stopped answering");
        }
    }

    private void connectionLost(long gen, String reason) {
        if (gen != generation || conn == null) {
            return;
        }
        LOG.warn("lost {}: {}", uri, reason);
        cancelPending();
        Connections.closeQuietly(conn, lifecycle);
        conn = null;
        guests.clear();
        scheduleRetry(reason);
    }

    private void scheduleRetry(String reason) {
        scheduleAttempt(next -> new HostStatus.Retrying(reason, next));
    }

    private void scheduleNotAnswering(String reason) {
        scheduleAttempt(next -> new HostStatus.NotAnswering(reason, next));
    }

    /** The next attempt after the backoff, published as the status that says when it comes. */
    private void scheduleAttempt(java.util.function.Function<Instant, HostStatus> status) {
        Duration delay = settings.backoff().delay(failedAttempts++);
        publish(status.apply(Instant.now().plus(delay)));
        pending = worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish(HostStatus status) {
        HostInventory snapshot = new HostInventory(uri, status, guests);
        inventory = snapshot;
        for (InventoryListener listener : listeners) {
            try {
                listener.inventoryChanged(snapshot);
            } catch (RuntimeException e) {
                LOG.error("inventory listener failed", e);
            }
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /**
     * Work the host must get even though the connection broke under it — removing what a broken
     * upload left there — run on the worker now if the host answers, else after the next connect.
     * It must be harmless to run when its target is already gone.
     */
    public void whenConnected(String what, HostCall<?> work) {
        runOnWorker(() -> {
            backlog.add(what, work);
            drainBacklog();
        });
    }

    private void drainBacklog() {
        if (conn != null && !closed) {
            backlog.drain(conn);
        }
    }

    private void runOnWorker(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("{} is closed; dropped a task", uri);
        }
    }

    /** Disconnects and stops the worker; the last snapshot says "disconnected". */
    @Override
    public void close() {
        runOnWorker(() -> {
            closed = true;
            cancelPending();
            Connections.closeQuietly(conn, lifecycle);
            conn = null;
            guests.clear();
            publish(new HostStatus.Disconnected(null));
        });
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
