package dev.summit.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the operation history the tasks view lists.
 *
 * @param id        the row id {@link OperationHistoryRepository#recordStart} returned
 * @param startedAt when the operation began
 * @param endedAt   when it ended, or null while it runs
 * @param hostUri   the host it ran against (secret-free, like every stored URI)
 * @param guestName the guest it acted on, or null for host-wide operations
 * @param operation what it was, e.g. "clone"
 * @param outcome   how it ended, or null while it runs
 * @param message   the sentence shown to the user about the result, or null
 */
public record OperationRecord(long id, Instant startedAt, Instant endedAt, String hostUri, String guestName,
                              String operation, OperationOutcome outcome, String message) {

    public OperationRecord {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(hostUri, "hostUri");
        Objects.requireNonNull(operation, "operation");
    }

    public boolean running() {
        return outcome == null;
    }
}
