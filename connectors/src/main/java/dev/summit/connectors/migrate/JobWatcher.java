package dev.summit.connectors.migrate;

import dev.summit.connectors.jna.NativeHandle;
import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.ops.CancelSignal;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the running job's statistics four times a second while another thread is blocked in the
 * migration call, and acts on what it sees: the admin's cancel aborts the job; a copy that stops
 * moving for {@link #stallLimit} means the destination is gone, so the job is aborted too (QEMU's
 * own TCP stream would wait many minutes; only the memory phase is watched, because a disk copy
 * reports its progress in coarse steps); a pre-copy that keeps going round switches to post-copy
 * when the admin allowed it.
 */
final class JobWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobWatcher.class);
    private static final long PERIOD_MS = 250;
    /** After this many passes over memory the pre-copy is not converging. */
    private static final long POSTCOPY_AFTER_ITERATION = 3;

    enum Stop { NONE, CANCELLED, STALLED }

    private final NativeHandle source;
    private final String uuid;
    private final MigrationListener listener;
    private final CancelSignal cancel;
    private final boolean postCopyAllowed;
    private final Duration stallLimit;
    private final ScheduledExecutorService timer;

    private volatile Stop stop = Stop.NONE;
    private volatile JobFigures last;
    private long lastProcessed = -1;
    private long lastMovedAt = System.nanoTime();
    private boolean switchedToPostCopy;

    JobWatcher(NativeHandle source, String uuid, MigrationListener listener, CancelSignal cancel, boolean postCopyAllowed,
               Duration stallLimit) {
        this.source = source;
        this.uuid = uuid;
        this.listener = listener;
        this.cancel = cancel;
        this.postCopyAllowed = postCopyAllowed;
        this.stallLimit = stallLimit;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "migration watcher " + uuid);
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        timer.scheduleAtFixedRate(this::tick, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    Stop stop() {
        return stop;
    }

    /** The newest figures seen, or null before the job reported any. */
    JobFigures last() {
        return last;
    }

    private void tick() {
        try {
            if (cancel.isCancelled() && stop == Stop.NONE) {
                stop = Stop.CANCELLED;
                abort();
                return;
            }
            NativeMigration.JobStats stats = NativeMigration.jobStats(source, uuid, false);
            if (stats.type() == NativeMigration.JobStats.NONE) {
                return;
            }
            JobFigures figures = JobFigures.of(stats);
            last = figures;
            listener.progress(figures);
            watchForStall(figures);
            if (postCopyAllowed && !switchedToPostCopy && figures.iteration() >= POSTCOPY_AFTER_ITERATION) {
                switchedToPostCopy = true;
                LOG.info("pre-copy of {} is on pass {}: switching to post-copy", uuid, figures.iteration());
                NativeMigration.startPostCopy(source, uuid);
            }
        } catch (LibvirtException | RuntimeException e) {
            LOG.info("job statistics of {}: {}", uuid, e.getMessage());
        }
    }

    private void watchForStall(JobFigures figures) throws LibvirtException {
        long now = System.nanoTime();
        if (figures.iteration() < 1 || figures.memoryProcessedBytes() != lastProcessed) {
            lastProcessed = figures.memoryProcessedBytes();
            lastMovedAt = now;
        } else if (stop == Stop.NONE && now - lastMovedAt > stallLimit.toNanos() && !figures.postCopy()) {
            // In post-copy the guest already runs on the destination: aborting would lose it.
            stop = Stop.STALLED;
            abort();
        }
    }

    private void abort() {
        try {
            NativeMigration.abortJob(source, uuid);
        } catch (LibvirtException e) {
            LOG.warn("could not abort the migration of {}: {}", uuid, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
