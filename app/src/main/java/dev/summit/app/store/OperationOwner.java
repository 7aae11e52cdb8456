package dev.summit.app.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The Summit process that runs an operation: a window and any number of {@code summit} verbs share one
 * history, so a window that starts must close only the rows whose process is gone, never a verb's that
 * is still copying. The process's start time guards against its pid having been given to another.
 *
 * @param pid            the process id
 * @param startedAt when that process started, or null where the system does not say
 */
record OperationOwner(long pid, Instant startedAt) {

    static OperationOwner of(ProcessHandle process) {
        return new OperationOwner(process.pid(), startOf(process).orElse(null));
    }

    static OperationOwner current() {
        return of(ProcessHandle.current());
    }

    /** True while the very process that wrote the row still runs. */
    boolean isRunning() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> startedAt == null || startOf(process).map(startedAt::equals).orElse(true))
                .isPresent();
    }

    /** To the millisecond, as the history stores it. */
    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant().map(start -> Instant.ofEpochMilli(start.toEpochMilli()));
    }
}
