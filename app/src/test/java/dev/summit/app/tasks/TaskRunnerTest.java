package dev.summit.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.ops.CancelSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the runner records and keeps while an operation runs: the Tasks pane's source. */
class TaskRunnerTest {
    /** The history's calls, in order, as words. */
    private final List<String> recorded = new ArrayList<>();
    private final HistoryLog history = new HistoryLog() {
        @Override
        public long started(String hostUri, String guestName, String operation) {
            recorded.add("started " + operation + " " + guestName);
            return 7;
        }

        @Override
        public void ended(long id, boolean succeeded, String message) {
            recorded.add((succeeded ? "succeeded " : "failed ") + id + ": " + message);
        }

        @Override
        public void cancelled(long id, String message) {
            recorded.add("cancelled " + id + ": " + message);
        }
    };
    private final TaskRunner runner = new TaskRunner(Runnable::run, history);
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void aRunningOperationIsListedWithItsProgressUntilItEnds() {
        runner.addChangeListener(changes::incrementAndGet);
        CompletableFuture<String> work = new CompletableFuture<>();
        CancelSignal cancel = new CancelSignal();

        runner.run(new TaskLabel("test:///x.xml", "fuji", "clone"), cancel, progress -> {
            progress.report(0.25, 0, "Copying");
            return work;
        }, made -> "Made " + made + ".", made -> true);

        assertThat(runner.running()).singleElement().satisfies(task -> {
            assertThat(task.historyId()).isEqualTo(7);
            assertThat(task.operation()).isEqualTo("clone");
            assertThat(task.reading().fraction()).isEqualTo(0.25);
            assertThat(task.reading().sentence()).isEqualTo("Copying");
            assertThat(task.cancellable()).isTrue();
        });
        work.complete("fuji-clone");
        assertThat(runner.running()).isEmpty();
        assertThat(changes.get()).isEqualTo(2);
        assertThat(recorded).containsExactly("started clone fuji", "succeeded 7: Made fuji-clone.");
    }

    @Test
    void aFailureAfterCancelIsRecordedAsCancelledWithTheBytesMoved() {
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<String> work = new CompletableFuture<>();
        runner.run(new TaskLabel("test:///x.xml", "fuji", "download volume"), cancel, progress -> {
            progress.report(0.5, 3L << 30, "Downloading");
            return work;
        }, done -> "done", done -> true);

        runner.running().get(0).cancel();
        work.completeExceptionally(new IllegalStateException("Cancelled: the partial file was removed."));

        assertThat(cancel.isCancelled()).isTrue();
        assertThat(recorded.get(1)).startsWith("cancelled 7: Cancelled: the partial file was removed. (3.0 GiB");
    }

    @Test
    void aFailureIsRecordedWithItsMessageAndAnOperationWithoutCancelCannotBeCancelled() {
        CompletableFuture<Void> work = new CompletableFuture<>();
        runner.run("test:///x.xml", "ephemeral", "save", () -> work);

        assertThat(runner.running().get(0).cancellable()).isFalse();
        work.completeExceptionally(new IllegalStateException("Could not save 'ephemeral'."));
        assertThat(recorded).containsExactly("started save ephemeral", "failed 7: Could not save 'ephemeral'.");
    }
}
