package dev.summit.app.guest.details;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.SetMemory;
import dev.summit.connectors.edit.device.MemorySettings;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.LongProperty;

/**
 * The Memory page's state: the amounts the next boot uses, what a running guest has now, and the
 * change the user asks for. A running guest's amount that differs from its next boot's is pending
 * and says so until it is in effect. FX thread only.
 */
final class MemoryViewModel {
    static final String PENDING = "pending — at next boot";

    private final Function<GuestEdit, CompletableFuture<EditOutcome>> editor;
    /** What the fields show, in MiB; the user's typing lands here. */
    private final LongProperty maximumMiB = new SimpleLongProperty();
    private final LongProperty currentMiB = new SimpleLongProperty();
    private final ReadOnlyStringWrapper pendingMaximum = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pendingCurrent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private GuestDefinitions read;

    /** @param editor applies an edit to this guest (through the task runner), its outcome on the FX thread */
    MemoryViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.editor = editor;
    }

    /** New definitions: the fields follow them unless the user has typed something else. */
    void show(GuestDefinitions definitions) {
        MemorySettings next = new MemorySettings(definitions.persistent());
        boolean untouched = read == null || (maximumMiB.get() == mib(new MemorySettings(read.persistent()).maximumKiB())
                && currentMiB.get() == mib(new MemorySettings(read.persistent()).currentKiB()));
        read = definitions;
        if (untouched) {
            maximumMiB.set(mib(next.maximumKiB()));
            currentMiB.set(mib(next.currentKiB()));
        }
        if (definitions.running()) {
            MemorySettings live = new MemorySettings(definitions.live());
            pendingMaximum.set(pending(next.maximumKiB(), live.maximumKiB()));
            pendingCurrent.set(pending(next.currentKiB(), live.currentKiB()));
        } else {
            pendingMaximum.set("");
            pendingCurrent.set("");
        }
    }

    private static String pending(long nextBootKiB, long nowKiB) {
        return nextBootKiB == nowKiB ? "" : PENDING + " (running with " + mib(nowKiB) + " MiB)";
    }

    /**
     * Asks for the amounts typed; only what differs is sent, so a running guest's maximum is not
     * rewritten when only its current amount moves. Bad input is refused here, with nothing sent.
     *
     * @return done when the outcome or the problem is shown
     */
    CompletableFuture<Void> apply(String maximumText, String currentText) {
        outcome.set("");
        problem.set("");
        if (read == null) {
            problem.set("The guest's definition has not been read yet.");
            return CompletableFuture.completedFuture(null);
        }
        Long maximum = parse("Maximum memory", maximumText);
        Long current = maximum == null ? null : parse("Current memory", currentText);
        if (maximum == null || current == null) {
            return CompletableFuture.completedFuture(null);
        }
        maximumMiB.set(maximum);
        currentMiB.set(current);
        MemorySettings next = new MemorySettings(read.persistent());
        Long newMaximum = maximum * 1024 == next.maximumKiB() ? null : maximum * 1024;
        boolean currentDiffers = current * 1024 != next.currentKiB()
                || read.running() && current * 1024 != new MemorySettings(read.live()).currentKiB();
        Long newCurrent = currentDiffers ? current * 1024 : null;
        if (newMaximum == null && newCurrent == null) {
            outcome.set("Nothing to change: the guest has these amounts already.");
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        return editor.apply(new SetMemory(newMaximum, newCurrent)).handle((done, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(TaskRunner.messageOf(failure));
            } else {
                outcome.set(capitalized(done.sentence()) + ".");
            }
            return null;
        });
    }

    private Long parse(String what, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problem.set(what + " must be a whole number of MiB above 0, not '" + text.strip() + "'.");
        return null;
    }

    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static long mib(long kib) {
        return kib / 1024;
    }

    LongProperty maximumMiBProperty() {
        return maximumMiB;
    }

    LongProperty currentMiBProperty() {
        return currentMiB;
    }

    ReadOnlyStringProperty pendingMaximumProperty() {
        return pendingMaximum.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pendingCurrentProperty() {
        return pendingCurrent.getReadOnlyProperty();
    }

    /** "Set current memory to 1024 MiB: applied now and kept for next boot." */
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
