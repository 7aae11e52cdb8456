package dev.summit.app.backup;

import dev.summit.connectors.backup.BackupFailed;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the Backup and Restore dialogs show of their one job: the sentence, the progress, whether it
 * runs, and the cancel of the run in progress. The check runs on {@code background}; every
 * property changes on {@code fx}.
 */
final class JobState {
    interface Precheck {
        List<String> problems() throws BackupFailed;
    }

    private final Executor background;
    private final Executor fx;
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private CancelSignal cancel;

    JobState(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    StringProperty message() {
        return message;
    }

    DoubleProperty progress() {
        return progress;
    }

    BooleanProperty running() {
        return running;
    }

    /** Runs the check off the FX thread; shows its problems, or goes on with {@code then} when there are none. */
    void checkThen(Precheck precheck, Runnable then) {
        running.set(true);
        progress.set(0);
        message.set("Checking…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return precheck.problems();
            } catch (BackupFailed e) {
                return List.of(e.getMessage());
            }
        }, background).thenAcceptAsync(problems -> {
            if (!problems.isEmpty()) {
                running.set(false);
                message.set(String.join("\n", problems));
                return;
            }
            then.run();
        }, fx);
    }

    /** A new cancel for the run about to start. */
    CancelSignal begin() {
        cancel = new CancelSignal();
        return cancel;
    }

    /** Progress for the run {@code mine}: late reports after its end, or after a cancel, never cover the outcome. */
    OperationProgress reporter(CancelSignal mine) {
        return (fraction, bytes, sentence) -> fx.execute(() -> {
            if (cancel == mine && !mine.isCancelled()) {
                progress.set(fraction);
                message.set(sentence + "…");
            }
        });
    }

    /** The run ended (on the FX thread): {@code sentence} says how. */
    void end(boolean succeeded, String sentence) {
        cancel = null;
        running.set(false);
        progress.set(succeeded ? 1 : 0);
        message.set(sentence);
    }

    void cancel(String sentence) {
        if (cancel != null) {
            cancel.cancel();
            message.set(sentence);
        }
    }
}
