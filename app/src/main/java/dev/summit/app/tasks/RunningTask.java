package dev.summit.app.tasks;

import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import java.time.Instant;

/**
 * An operation the task runner is running now, as the Tasks pane shows it: what, where, since when,
 * how far, and whether it can be cancelled. Progress arrives on the operation's threads and is read
 * on the FX thread, so it is kept as one immutable reading swapped whole.
 *
 * @param historyId the history row's id, 0 when the history could not record it
 */
public final class RunningTask implements OperationProgress {
    /** The latest progress report: fraction 0 to 1, or below 0 while nothing was reported. */
    public record Reading(double fraction, long bytes, String sentence) {
        static final Reading NONE = new Reading(-1, 0, "");
    }

    private final long historyId;
    private final String hostUri;
    private final String guestName;
    private final String operation;
    private final Instant startedAt;
    private final CancelSignal cancel;
    private volatile Reading reading = Reading.NONE;

    RunningTask(long historyId, String hostUri, String guestName, String operation, Instant startedAt, CancelSignal cancel) {
        this.historyId = historyId;
        this.hostUri = hostUri;
        this.guestName = guestName;
        this.operation = operation;
        this.startedAt = startedAt;
        this.cancel = cancel;
    }

    @Override
    public void report(double fraction, long bytes, String sentence) {
        reading = new Reading(Math.max(0, Math.min(1, fraction)), bytes, sentence == null ? "" : sentence);
    }

    public Reading reading() {
        return reading;
    }

    public boolean cancellable() {
        return cancel != null;
    }

    /** Asks the operation to stop; it undoes what it did and ends as cancelled. */
    public void cancel() {
        if (cancel != null) {
            cancel.cancel();
        }
    }

    public boolean cancelRequested() {
        return cancel != null && cancel.isCancelled();
    }

    public long historyId() {
        return historyId;
    }

    public String hostUri() {
        return hostUri;
    }

    /** Null for an operation on the host as a whole. */
    public String guestName() {
        return guestName;
    }

    public String operation() {
        return operation;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
