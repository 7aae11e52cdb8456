package dev.summit.app;

import dev.summit.app.store.OperationHistoryRepository;
import dev.summit.app.store.OperationOutcome;
import dev.summit.app.tasks.HistoryLog;
import java.time.Instant;

/** Records operations in the SQLite history table. */
public final class StoreHistoryLog implements HistoryLog {
    private final OperationHistoryRepository history;

    public StoreHistoryLog(OperationHistoryRepository history) {
        this.history = history;
    }

    @Override
    public long started(String hostUri, String guestName, String operation) {
        return history.recordStart(hostUri, guestName, operation, Instant.now());
    }

    @Override
    public void ended(long id, boolean succeeded, String message) {
        history.recordEnd(id, succeeded ? OperationOutcome.SUCCEEDED : OperationOutcome.FAILED, message, Instant.now());
    }

    @Override
    public void cancelled(long id, String message) {
        history.recordEnd(id, OperationOutcome.CANCELLED, message, Instant.now());
    }
}
