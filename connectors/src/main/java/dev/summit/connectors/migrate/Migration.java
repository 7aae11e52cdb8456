package dev.summit.connectors.migrate;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags.Migrate;
import dev.summit.connectors.jna.LoadAhead;
import dev.summit.connectors.jna.MigrationParams;
import dev.summit.connectors.jna.NativeGuest;
import dev.summit.connectors.jna.NativeHost;
import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.ops.CancelSignal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one guest to another host. {@link #precheck()} finds every problem first; {@link #run} checks
 * again, then hands the move to libvirt while a {@link JobWatcher} reports progress and turns a
 * cancel (or a destination that stops answering) into an aborted job. libvirt itself undoes an
 * aborted migration — the guest keeps running on the source — so the only step Summit takes
 * before the move, a maximum downtime, needs no undo. The GUI and the CLI both use this class.
 *
 * Opens its own connections to both hosts, so a migration that takes minutes never holds up a
 * host's worker thread, and the statistics can be read while the migration call blocks. They are
 * our own bindings' (NativeHost), not libvirt-java's: `summit migrate` need not load libvirt-java.
 */
public final class Migration {
    private static final Logger LOG = LoggerFactory.getLogger(Migration.class);
    private static final Duration DEFAULT_STALL_LIMIT = Duration.ofSeconds(10);

    private final MigrationRequest request;
    private final GuestsInMigration inFlight;
    private final Duration stallLimit;

    public Migration(MigrationRequest request, GuestsInMigration inFlight) {
        this(request, inFlight, DEFAULT_STALL_LIMIT);
    }

    /** @param stallLimit how long the copy may stand still before the destination counts as lost */
    public Migration(MigrationRequest request, GuestsInMigration inFlight, Duration stallLimit) {
        this.request = request;
        this.inFlight = inFlight;
        this.stallLimit = stallLimit;
    }

    public MigrationRequest request() {
        return request;
    }

    /**
     * For `summit migrate`: on a thread of its own while the command line is read, loads libvirt with
     * our bindings and the JDK's XML writer, which the check uses to hand a KVM guest's CPU to the
     * destination (its first use loads a few hundred classes the AOT cache does not hold).
     */
    public static void preload() {
        LoadAhead.start("load libvirt", () -> {
            NativeHost.load();
            GuestCpu.of("<domain type='kvm'><cpu mode='custom'><model>qemu64</model></cpu></domain>").xml();
        });
    }

    /**
     * The UUID of the guest called {@code name} on {@code uri}, read on a short connection of its own.
     * The CLI knows its guest by name only; a whole host session (every guest listed, its template
     * marks) just to learn one UUID was a tenth of `summit migrate` before the move began.
     *
     * @throws IllegalArgumentException when the host has no guest of that name
     * @throws IllegalStateException when the host cannot be reached
     */
    public static String guestUuid(String uri, String name) {
        NativeHost conn;
        try {
            conn = NativeHost.open(uri);
        } catch (LibvirtException e) {
            throw new IllegalStateException("cannot connect to " + uri + ": " + LibvirtFailure.reason(e), e);
        }
        // The guest is freed before the connection: it holds the connection open until freed.
        try (conn; NativeGuest guest = conn.guestByName(name)) {
            return guest.uuid();
        } catch (LibvirtException e) {
            if (LibvirtFailure.isNoDomain(e)) {
                throw new IllegalArgumentException("no guest named '" + name + "' on " + uri, e);
            }
            throw new IllegalStateException("could not read the guests of " + uri + ": " + LibvirtFailure.reason(e), e);
        }
    }

    /**
     * Every line of the grid; changes nothing.
     *
     * @throws HostOperationException when the source host or the guest cannot be read
     */
    public List<PrecheckLine> precheck() {
        try (Hosts hosts = Hosts.open(request)) {
            List<PrecheckLine> lines = precheck(hosts);
            if (inFlight.isMoving(request.guestUuid())) {
                lines.add(0, PrecheckLine.red(MigrationPrecheck.NOT_BUSY, "Summit is already moving this guest.",
                        "Wait for that migration to finish."));
            }
            return lines;
        } catch (LibvirtException e) {
            throw new HostOperationException("Could not check the guest on " + request.sourceUri() + ": "
                    + LibvirtFailure.reason(e) + ".", e);
        }
    }

    private List<PrecheckLine> precheck(Hosts hosts) throws LibvirtException {
        try (NativeGuest guest = hosts.source.guestByUuid(request.guestUuid())) {
            return precheck(hosts, guest);
        }
    }

    private List<PrecheckLine> precheck(Hosts hosts, NativeGuest guest) throws LibvirtException {
        return new MigrationPrecheck(request, hosts.source, guest).lines(hosts.destination, hosts.destinationProblem);
    }

    /**
     * Moves the guest, blocking until it has arrived, failed or been cancelled.
     *
     * @param overrideAccepted the admin ticked the override for red lines libvirt would let through
     */
    public MigrationOutcome run(MigrationListener listener, CancelSignal cancel, boolean overrideAccepted) {
        return run(listener, cancel, overrideAccepted, lines -> { });
    }

    /**
     * The same, handing {@code checked} the grid of the check made just before the move, so a caller
     * that shows the grid (the CLI) need not check first on connections of its own: the check is a
     * tenth of a verb's time, on two more connections, and was made twice.
     */
    public MigrationOutcome run(MigrationListener listener, CancelSignal cancel, boolean overrideAccepted,
                                Consumer<List<PrecheckLine>> checked) {
        long started = System.nanoTime();
        String name = request.guestUuid();
        try (Hosts hosts = Hosts.open(request); NativeGuest guest = hosts.source.guestByUuid(request.guestUuid())) {
            name = guest.name();
            if (!inFlight.claim(request.guestUuid())) {
                return refused(name, "is already being moved; a guest moves one migration at a time.");
            }
            try {
                long checking = System.nanoTime();
                List<PrecheckLine> lines = precheck(hosts, guest);
                LOG.debug("connected in {} ms, checked in {} ms", (checking - started) / 1_000_000,
                        (System.nanoTime() - checking) / 1_000_000);
                checked.accept(lines);
                String blocking = lines.stream().filter(line -> line.blocks(overrideAccepted))
                        .map(PrecheckLine::reason).collect(Collectors.joining(" "));
                if (!blocking.isEmpty()) {
                    return refused(name, "was not moved: " + blocking);
                }
                if (cancel.isCancelled()) {
                    return new MigrationOutcome(MigrationOutcome.Result.CANCELLED, name, request.sourceUri(),
                            "Cancelled before anything moved; " + name + " is still on " + hosts.sourceName + ".",
                            -1, -1, -1, -1);
                }
                return move(hosts, guest, name, listener, cancel, started);
            } finally {
                inFlight.release(request.guestUuid());
            }
        } catch (LibvirtException e) {
            return new MigrationOutcome(MigrationOutcome.Result.FAILED, name, request.sourceUri(),
                    "Could not migrate " + name + ": " + LibvirtFailure.reason(e) + ".", elapsedMs(started), -1, -1, -1);
        }
    }

    private MigrationOutcome move(Hosts hosts, NativeGuest guest, String name, MigrationListener listener,
                                  CancelSignal cancel, long started) throws LibvirtException {
        // The one change Summit makes before the move; QEMU keeps it, so a move that does not
        // happen puts the old value back.
        long downtimeBefore = -1;
        if (request.mode() == MigrationMode.LIVE && request.maxDowntimeMs() > 0) {
            downtimeBefore = NativeMigration.maxDowntime(hosts.source, request.guestUuid());
            guest.setMaxDowntime(request.maxDowntimeMs());
        }
        int flags = request.flags();
        boolean peerToPeer = (flags & Migrate.PEER2PEER) != 0;
        // The watcher gets a connection of its own: a call on the connection that is blocked in the
        // migration can wait behind it (seen: a statistics call stuck for minutes), and then
        // neither progress nor cancel would get through.
        try (MigrationParams params = new MigrationParams();
             Watch watch = new Watch(request.sourceUri());
             JobWatcher watcher = new JobWatcher(watch.conn, request.guestUuid(), listener, cancel,
                     request.has(MigrationOption.POST_COPY), stallLimit)) {
            if (request.bandwidthMiBs() > 0) {
                params.unsignedLong("bandwidth", request.bandwidthMiBs());
            }
            watcher.start();
            try {
                if (peerToPeer) {
                    NativeMigration.migrateToUri(hosts.source, request.guestUuid(), request.destinationUri(), params, flags);
                } else {
                    NativeMigration.migrate(hosts.source, request.guestUuid(), hosts.destination, params, flags);
                }
            } catch (LibvirtException e) {
                watcher.close();
                restoreDowntime(guest, downtimeBefore);
                return failed(hosts, name, watcher.stop(), e, started);
            }
            watcher.close();
            return arrived(hosts, name, watcher.last(), started);
        }
    }

    private static void restoreDowntime(NativeGuest guest, long before) {
        if (before < 0) {
            return;
        }
        try {
            guest.setMaxDowntime(before);
        } catch (LibvirtException e) {
            LOG.warn("could not put the maximum downtime back to {} ms: {}", before, e.getMessage());
        }
    }

    private MigrationOutcome arrived(Hosts hosts, String name, JobFigures last, long started) {
        long wall = elapsedMs(started);
        long job = -1;
        long downtime = -1;
        long bytes = last == null ? -1 : last.dataProcessedBytes();
        if (request.mode() != MigrationMode.OFFLINE) {
            try {
                JobFigures done = JobFigures.of(NativeMigration.jobStats(hosts.destination, request.guestUuid(), true));
                job = done.elapsedMs();
                downtime = done.downtimeMs();
                bytes = Math.max(bytes, done.dataProcessedBytes());
            } catch (LibvirtException e) {
                LOG.info("no completed job statistics for {} on the destination: {}", name, e.getMessage());
            }
        }
        MigrationOutcome outcome = new MigrationOutcome(MigrationOutcome.Result.MOVED, name, request.destinationUri(),
                name + " moved from " + hosts.sourceName + " to " + hosts.destinationName + ".", wall, job, downtime, bytes);
        LOG.info("{} ({})", outcome.message(), outcome.figures());
        return outcome;
    }

    private MigrationOutcome failed(Hosts hosts, String name, JobWatcher.Stop stop, LibvirtException e, long started) {
        String where = whereOnSource(hosts, name);
        return switch (stop) {
            case CANCELLED -> new MigrationOutcome(MigrationOutcome.Result.CANCELLED, name, request.sourceUri(),
                    "Migration cancelled; " + where, elapsedMs(started), -1, -1, -1);
            case STALLED -> new MigrationOutcome(MigrationOutcome.Result.FAILED, name, request.sourceUri(),
                    hosts.destinationName + " stopped receiving for " + stallLimit.toSeconds()
                            + " s, so the migration was stopped; " + where, elapsedMs(started), -1, -1, -1);
            case NONE -> new MigrationOutcome(MigrationOutcome.Result.FAILED, name, request.sourceUri(),
                    "Could not migrate " + name + ": " + LibvirtFailure.reason(e) + ". " + where,
                    elapsedMs(started), -1, -1, -1);
        };
    }

    /** The sentence that tells the admin the guest is safe (or not) after a failed or cancelled move. */
    private String whereOnSource(Hosts hosts, String name) {
        try (NativeGuest guest = hosts.source.guestByUuid(request.guestUuid())) {
            if (guest.active()) {
                boolean paused = guest.info().state() == NativeGuest.PAUSED;
                return name + " is still " + (paused ? "paused" : "running") + " on " + hosts.sourceName + ".";
            }
            return name + " is shut off on " + hosts.sourceName + ".";
        } catch (LibvirtException e) {
            return name + " is no longer on " + hosts.sourceName + "; look for it on " + hosts.destinationName + ".";
        }
    }

    private MigrationOutcome refused(String name, String why) {
        return new MigrationOutcome(MigrationOutcome.Result.REFUSED, name, request.sourceUri(),
                name + " " + why, -1, -1, -1, -1);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The watcher's own connection to the source. */
    private static final class Watch implements AutoCloseable {
        final NativeHost conn;

        Watch(String uri) throws LibvirtException {
            conn = NativeHost.open(uri);
        }

        @Override
        public void close() {
            conn.close();
        }
    }

    /** Our own connections to both hosts; the destination may be missing, with the reason kept for the grid. */
    private static final class Hosts implements AutoCloseable {
        final NativeHost source;
        final NativeHost destination;
        final String destinationProblem;
        final String sourceName;
        final String destinationName;

        private Hosts(NativeHost source, NativeHost destination, String destinationProblem) throws LibvirtException {
            this.source = source;
            this.destination = destination;
            this.destinationProblem = destinationProblem;
            this.sourceName = source.hostName();
            this.destinationName = destination == null ? "the destination" : destination.hostName();
        }

        static Hosts open(MigrationRequest request) throws LibvirtException {
            NativeHost source = NativeHost.open(request.sourceUri());
            NativeHost destination = null;
            String problem = null;
            try {
                destination = NativeHost.open(request.destinationUri());
            } catch (LibvirtException e) {
                problem = "Could not connect to " + request.destinationUri() + ": " + LibvirtFailure.reason(e) + ".";
            }
            try {
                return new Hosts(source, destination, problem);
            } catch (LibvirtException e) {
                closeQuietly(source);
                closeQuietly(destination);
                throw e;
            }
        }

        @Override
        public void close() {
            closeQuietly(source);
            closeQuietly(destination);
        }

        static void closeQuietly(NativeHost conn) {
            if (conn != null) {
                conn.close();
            }
        }
    }
}
