package dev.summit.app.tasks.log;

import dev.summit.app.store.OperationHistoryRepository;
import dev.summit.app.store.OperationRecord;
import dev.summit.app.tasks.RunningTask;
import dev.summit.app.tasks.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Tasks pane's rows: the newest history rows (read off the FX thread, so also those from before
 * a restart and from `summit` verbs), joined with what this process runs now. Re-read whenever an
 * operation starts or ends. FX thread only, apart from the reads it hands to {@code background}.
 */
public final class TasksViewModel {
    static final int SHOWN = 200;

    private final OperationHistoryRepository history;
    private final TaskRunner runner;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Bumped by each reload, so a slow older read never replaces a newer one. */
    private long generation;

    public TasksViewModel(OperationHistoryRepository history, TaskRunner runner, Executor background, Executor fx) {
        this.history = history;
        this.runner = runner;
        this.background = background;
        this.fx = fx;
        runner.addChangeListener(() -> fx.execute(this::reload));
    }

    /** Reads the history again; the rows change on the FX thread when it is in. */
    public CompletableFuture<Void> reload() {
        long mine = ++generation;
        CompletableFuture<List<OperationRecord>> read;
        try {
            read = CompletableFuture.supplyAsync(() -> history.listRecent(SHOWN), background);
        } catch (RejectedExecutionException closed) {
            // The window closed (its background thread with it) while a reload was due: nothing to show.
            return CompletableFuture.completedFuture(null);
        }
        return read.handleAsync((records, failure) -> {
                    if (mine != generation) {
                        return null;
                    }
                    if (failure != null) {
                        problem.set("Could not read the task history: " + TaskRunner.messageOf(failure));
                        records = List.of();
                    } else {
                        problem.set("");
                    }
                    List<TaskRow> joined = join(records, runner.running());
                    if (!joined.equals(rows)) {
                        // Only a change repaints: a reload that finds the same rows leaves the table (and a click) alone.
                        rows.setAll(joined);
                    }
                    runningCount.set((int) rows.stream().filter(r -> r.live() != null).count());
                    return null;
                }, fx);
    }

    /** The history's rows with their live part; a live task the history could not record goes first. */
    static List<TaskRow> join(List<OperationRecord> records, List<RunningTask> live) {
        Map<Long, RunningTask> byId = live.stream().filter(t -> t.historyId() != 0)
                .collect(Collectors.toMap(RunningTask::historyId, Function.identity()));
        List<TaskRow> joined = new ArrayList<>();
        live.stream().filter(t -> t.historyId() == 0 || records.stream().noneMatch(r -> r.id() == t.historyId()))
                .forEach(t -> joined.add(new TaskRow(new OperationRecord(t.historyId(), t.startedAt(), null, t.hostUri(),
                        t.guestName(), t.operation(), null, null), t)));
        for (OperationRecord record : records) {
            RunningTask task = record.running() ? byId.get(record.id()) : null;
            joined.add(new TaskRow(record, task));
        }
        return joined;
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    /** How many operations this Summit runs now (the status line's toggle says it). */
    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    /** Why the history could not be read, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
