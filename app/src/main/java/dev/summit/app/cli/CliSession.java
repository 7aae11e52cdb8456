package dev.summit.app.cli;

import dev.summit.app.hosts.DemoHost;
import dev.summit.app.hosts.LocalLibvirt;
import dev.summit.app.store.OpenedStore;
import dev.summit.app.store.SavedConnection;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.tasks.HistoryLog;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.inventory.HostInventory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One headless run: the store, the engine (without stats), and the host the verb works on, connected.
 * A host that cannot be reached fails at once with libvirt's reason instead of retrying.
 */
final class CliSession implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final PrintWriter err;
    /** Opened on first use: listing a named host needs no store, and opening SQLite is a tenth of such a run. */
    private SummitStore store;
    private final HostEngine engine;
    private TaskRunner tasks;
    /** Written while the operation runs, not before it (see VerbHistory); null until a verb records one. */
    private VerbHistory history;

    CliSession(PrintWriter err) {
        this(err, EarlyHost.FOLLOWING);
    }

    /** Takes the engine EarlyHost began opening the verb's host with, when it runs with these settings. */
    private CliSession(PrintWriter err, EngineSettings settings) {
        this.err = err;
        this.engine = EarlyHost.take(settings).orElseGet(() -> new HostEngine(settings));
    }

    /**
     * For a verb that reads the host once and does its work elsewhere (a listing; a migration, which
     * opens connections of its own): no event thread, keepalive or callbacks on this session.
     */
    static CliSession oneReading(PrintWriter err) {
        return new CliSession(err, EngineSettings.ONE_READING);
    }

    /**
     * For a clone: its operation makes its own calls and waits for no event, so its session follows
     * nothing (no event thread, callbacks to register and deregister, or re-reading the guest the
     * clone's definition announces), as virt-clone does not.
     */
    static CliSession forClone(PrintWriter err) {
        return new CliSession(err, EarlyHost.settingsOf("clone"));
    }

    /** Synchronized: the history's own thread may open it while the verb asks for it. */
    synchronized SummitStore store() {
        if (store == null) {
            OpenedStore opened = SummitStore.open(StoreLocation.forCurrentUser());
            opened.problem().ifPresent(problem -> err.println("summit: " + problem.message()));
            store = opened.store();
        }
        return store;
    }

    /** Where this verb's operations are recorded: the store's history, written on a thread of its own. */
    HistoryLog history() {
        if (history == null) {
            history = new VerbHistory(this::store);
        }
        return history;
    }

    /**
     * Waits until the history rows asked for so far are written: for a Ctrl-C hook, after which the
     * JVM ends without closing this session (and the rows' thread would end with it).
     */
    void awaitHistory() {
        if (history != null) {
            history.finish();
        }
    }

    private TaskRunner tasks() {
        if (tasks == null) {
            tasks = new TaskRunner(Runnable::run, history());
        }
        return tasks;
    }

    /** Runs an operation the way the window does, so it lands in the same history. */
    <T> T run(HostSession session, String guestName, String operation, Supplier<CompletableFuture<T>> work)
            throws InterruptedException {
        return await(tasks().run(session.uri(), guestName, operation, work));
    }

    /** The URI a verb without --connect works on. */
    String resolve(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String fromEnv = System.getenv("LIBVIRT_DEFAULT_URI");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return store().connections().list().stream().filter(SavedConnection::autoconnect).map(SavedConnection::uri)
                .findFirst().orElseGet(() -> LocalLibvirt.systemDaemonAnswers() ? LocalLibvirt.SYSTEM_URI
                        : DemoHost.uri(StoreLocation.forCurrentUser().directory()));
    }

    /** The host the verb's --connect names (or the default one), opened, its guest list in. */
    HostSession connect(HostOption option) throws InterruptedException {
        return connect(resolve(option.uri));
    }

    /** Opens the host and waits until its guest list is in, template marks included. */
    HostSession connect(String uri) throws InterruptedException {
        HostSession session = engine.open(uri);
        CompletableFuture<HostInventory> ready = new CompletableFuture<>();
        session.addListener(inventory -> {
            HostStatus status = inventory.status();
            if (status instanceof HostStatus.Connected) {
                ready.complete(inventory);
            } else if (status instanceof HostStatus.Retrying retrying) {
                ready.completeExceptionally(new IllegalStateException("cannot connect to " + uri + ": " + retrying.reason()));
            } else if (status instanceof HostStatus.NotAnswering silent) {
                ready.completeExceptionally(new IllegalStateException("cannot connect to " + uri + ": " + silent.reason()));
            } else if (status instanceof HostStatus.Disconnected disconnected) {
                ready.completeExceptionally(new IllegalStateException("cannot connect to " + uri + ": " + disconnected.reason()));
            }
        });
        try {
            ready.get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot connect to " + uri + ": no answer in " + CONNECT_TIMEOUT.toSeconds() + " s");
        }
        await(session.settled()); // the template marks: the first listing comes without them
        return session;
    }

    /** The guest called {@code name}, or a failure naming the host. */
    static GuestSummary guest(HostSession session, String name) {
        Map<String, GuestSummary> guests = session.inventory().guests();
        return guests.values().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no guest named '" + name + "' on " + session.uri()));
    }

    /** Waits for an operation, unwrapping its failure into the one-line reason. */
    static <T> T await(CompletableFuture<T> operation) throws InterruptedException {
        try {
            return operation.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        engine.close(); // while the history's last row is written
        awaitHistory();
        if (store != null) {
            store.close();
        }
    }
}
