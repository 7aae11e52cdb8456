package dev.summit.app.tasks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts operations (which run on their host's worker), records them in the history, and hands
 * the outcome back on the FX thread. The GUI and the CLI both go through here.
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor resultThread;
    private final HistoryLog history;

    /**
     * @param resultThread where callers' continuations run: {@code Platform::runLater} in the window,
     *                     a direct executor in the CLI and in tests
     */
    public TaskRunner(Executor resultThread, HistoryLog history) {
        this.resultThread = resultThread;
        this.history = history;
    }

    public <T> CompletableFuture<T> run(String hostUri, String guestName, String operation,
                                        Supplier<CompletableFuture<T>> work) {
        return run(hostUri, guestName, operation, work, value -> "done");
    }

    /**
     * The same, with the history's line for a success taken from the result (e.g. a migration's
     * figures), and a result that {@code succeeded} rejects recorded as a failure.
     */
    public <T> CompletableFuture<T> run(String hostUri, String guestName, String operation,
                                        Supplier<CompletableFuture<T>> work, Function<T, String> describe,
                                        Predicate<T> succeeded) {
        long id = record(() -> history.started(hostUri, guestName, operation));
        CompletableFuture<T> started;
        try {
            started = work.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.whenComplete((value, failure) -> record(() -> {
            history.ended(id, failure == null && succeeded.test(value),
                    failure == null ? describe.apply(value) : messageOf(failure));
            return 0L;
        })).whenCompleteAsync((value, failure) -> { }, resultThread);
    }

    private <T> CompletableFuture<T> run(String hostUri, String guestName, String operation,
                                         Supplier<CompletableFuture<T>> work, Function<T, String> describe) {
        return run(hostUri, guestName, operation, work, describe, value -> true);
    }

    /** The one sentence to show for a failure, without wrapper exceptions. */
    public static String messageOf(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private long record(Supplier<Long> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            // A history that cannot be written must not fail the operation the user asked for.
            LOG.warn("could not record operation history: {}", e.getMessage());
            return 0;
        }
    }
}
