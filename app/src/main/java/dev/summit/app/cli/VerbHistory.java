package dev.summit.app.cli;

import dev.summit.app.store.OperationHistoryRepository;
import dev.summit.app.store.OperationOutcome;
import dev.summit.app.store.SummitStore;
import dev.summit.app.tasks.HistoryLog;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verb's history rows, written on a thread of their own while the operation runs: opening SQLite
 * (its driver, native library, integrity check and journal) and writing the first row with its
 * fsyncs cost a clone or a migration a tenth of its time when they came before the copy or the
 * move, while the verb then only waits for libvirt. The times recorded are those of the calls, not
 * of the writes; {@link #finish} waits for every write before the verb exits.
 */
final class VerbHistory implements HistoryLog {
    private static final Logger LOG = LoggerFactory.getLogger(VerbHistory.class);
    private static final long FINISH_WAIT_SECONDS = 30;

    private final Supplier<SummitStore> store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "verb-history");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong nextId = new AtomicLong(1);
    /** This run's ids → the rows' ids in the store, filled in as the start rows are written. */
    private final Map<Long, Long> rows = new ConcurrentHashMap<>();

    /** @param store opens the store on first use (on the writer's thread) */
    VerbHistory(Supplier<SummitStore> store) {
        this.store = store;
    }

    @Override
    public long started(String hostUri, String guestName, String operation) {
        long id = nextId.getAndIncrement();
        Instant at = Instant.now();
        write(() -> rows.put(id, history().recordStart(hostUri, guestName, operation, at)));
        return id;
    }

    @Override
    public void ended(long id, boolean succeeded, String message) {
        end(id, succeeded ? OperationOutcome.SUCCEEDED : OperationOutcome.FAILED, message);
    }

    @Override
    public void cancelled(long id, String message) {
        end(id, OperationOutcome.CANCELLED, message);
    }

    private void end(long id, OperationOutcome outcome, String message) {
        Instant at = Instant.now();
        write(() -> {
            Long row = rows.get(id);
            if (row != null) { // no start row, when it could not be written
                history().recordEnd(row, outcome, message, at);
            }
        });
    }

    /** Waits until every row asked for is written (the verb is about to exit). */
    void finish() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(FINISH_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("the operation history was not written within {} s", FINISH_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OperationHistoryRepository history() {
        return store.get().history();
    }

    private void write(Runnable row) {
        try {
            writer.execute(() -> {
                try {
                    row.run();
                } catch (RuntimeException e) {
                    // A history that cannot be written must not fail the operation the user asked for.
                    LOG.warn("could not record operation history: {}", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // After finish(): the verb is exiting (Ctrl-C) before its operation ended.
            LOG.warn("could not record operation history: the verb is exiting");
        }
    }
}
