package dev.summit.app.guest.details;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What one page says about the change it last sent: the outcome sentence, or why it was refused
 * (bad input here, or the editor's {@code EditRefused}), and whether one is under way. Every page's
 * view-model sends through one of these, so they all read the same. FX thread only.
 */
final class EditFeedback {
    static final String PENDING = "pending — at next boot";

    private final Function<GuestEdit, CompletableFuture<EditOutcome>> editor;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    EditFeedback(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.editor = editor;
    }

    /** Sends one edit; done once its outcome or its refusal is shown. */
    CompletableFuture<Void> send(GuestEdit edit) {
        return show(editor.apply(edit));
    }

    /** Sends edits one after another, stopping at the first refused; shows every outcome sentence. */
    CompletableFuture<Void> sendAll(java.util.List<GuestEdit> edits) {
        clear();
        busy.set(true);
        CompletableFuture<String> chain = CompletableFuture.completedFuture("");
        for (GuestEdit edit : edits) {
            chain = chain.thenCompose(said -> editor.apply(edit)
                    .thenApply(done -> said + (said.isEmpty() ? "" : "\n") + capitalized(done.sentence()) + "."));
        }
        return chain.handle((said, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(TaskRunner.messageOf(failure));
            } else {
                outcome.set(said);
            }
            return null;
        });
    }

    /** Shows the outcome of an edit sent some other way (a rename is no {@link GuestEdit}). */
    CompletableFuture<Void> show(CompletableFuture<EditOutcome> sent) {
        clear();
        busy.set(true);
        return sent.handle((done, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(TaskRunner.messageOf(failure));
            } else {
                outcome.set(capitalized(done.sentence()) + ".");
            }
            return null;
        });
    }

    /** Refuses bad input before anything is sent. */
    CompletableFuture<Void> refuse(String why) {
        clear();
        problem.set(why);
        return CompletableFuture.completedFuture(null);
    }

    /** Says that what was asked for is what the guest has already. */
    CompletableFuture<Void> nothing(String why) {
        clear();
        outcome.set(why);
        return CompletableFuture.completedFuture(null);
    }

    private void clear() {
        outcome.set("");
        problem.set("");
    }

    /** The marker beside a value whose next boot differs from what the running guest has now. */
    static String pending(Object nextBoot, Object now, boolean running) {
        return !running || java.util.Objects.equals(nextBoot, now) ? "" : PENDING + " (running with " + now + ")";
    }

    static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    BooleanProperty busyProperty() {
        return busy;
    }
}
