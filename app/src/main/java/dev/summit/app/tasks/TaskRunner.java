package dev.summit.app.tasks;

import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts operations (which run on their host's worker), records them in the history, keeps the
 * running ones for the Tasks pane, and hands the outcome back on the FX thread. The GUI and the CLI
 * both go through here.
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor resultThread;
    private final HistoryLog history;
    private final List<RunningTask> running = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

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
        return run(hostUri, guestName, operation, work, value -> "done", value -> true);
    }

    /**
     * The same, with the history's line for a success taken from the result (e.g. a migration's
     * figures), and a result that {@code succeeded} rejects recorded as a failure.
     */
    public <T> CompletableFuture<T> run(String hostUri, String guestName, String operation,
                                        Supplier<CompletableFuture<T>> work, Function<T, String> describe,
                                        Predicate<T> succeeded) {
        return run(new TaskLabel(hostUri, guestName, operation), null, progress -> work.get(), describe, succeeded);
    }

    /**
     * An operation that reports progress and can be cancelled: {@code work} gets the progress to
     * report to (the Tasks pane reads it; wrap it with {@link #both} to show it in a dialog too), and
     * the pane's Cancel sets {@code cancel}. A failure after Cancel is recorded as cancelled.
     *
     * @param cancel null when the operation cannot be cancelled
     */
    public <T> CompletableFuture<T> run(TaskLabel label, CancelSignal cancel,
                                        Function<OperationProgress, CompletableFuture<T>> work,
                                        Function<T, String> describe, Predicate<T> succeeded) {
        long id = record(() -> history.started(label.hostUri(), label.guestName(), label.operation()));
        RunningTask task = new RunningTask(id, label.hostUri(), label.guestName(), label.operation(), Instant.now(), cancel);
        running.add(task);
        changed();
        CompletableFuture<T> started;
        try {
            started = work.apply(task);
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.whenComplete((value, failure) -> {
            boolean ok = failure == null && succeeded.test(value);
            String message = (failure == null ? describe.apply(value) : messageOf(failure)) + figures(task);
            record(() -> {
                if (!ok && task.cancelRequested()) {
                    history.cancelled(id, message);
                } else {
                    history.ended(id, ok, message);
                }
                return 0L;
            });
            running.remove(task);
            changed();
        }).whenCompleteAsync((value, failure) -> { }, resultThread);
    }

    /** The operations running now, oldest first. */
    public List<RunningTask> running() {
        return List.copyOf(running);
    }

    /** Called on the operation's thread whenever an operation starts or ends (not on each progress report). */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Progress that goes to two places, e.g. the Tasks pane and the dialog that started the operation. */
    public static OperationProgress both(OperationProgress first, OperationProgress second) {
        return (fraction, bytes, sentence) -> {
            first.report(fraction, bytes, sentence);
            second.report(fraction, bytes, sentence);
        };
    }

    /** The one sentence to show for a failure, without wrapper exceptions. */
    public static String messageOf(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** " (1.2 GiB, 40.0 MiB/s)" for an operation that moved bytes, so the history keeps what it did. */
    private static String figures(RunningTask task) {
        long bytes = task.reading().bytes();
        if (bytes <= 0) {
            return "";
        }
        double seconds = Duration.between(task.startedAt(), Instant.now()).toMillis() / 1000.0;
        return " (" + ByteSize.human(bytes) + (seconds > 0 ? ", " + ByteSize.human((long) (bytes / seconds)) + "/s" : "") + ")";
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("a task listener failed: {}", e.getMessage());
            }
        }
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
