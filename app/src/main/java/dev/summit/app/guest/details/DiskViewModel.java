package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.RemoveDisk;
import dev.summit.connectors.edit.change.ResizeDisk;
import dev.summit.connectors.edit.change.SetDiskFlags;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.units.ByteSize;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One disk's changes: grow it, its read-only and shareable flags, remove it (and its volume). FX thread only. */
final class DiskViewModel {
    private final String target;
    private final EditFeedback feedback;
    private final ReadOnlyStringWrapper pendingFlags = new ReadOnlyStringWrapper("");
    private GuestDefinitions read;

    DiskViewModel(String target, Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.target = target;
        this.feedback = new EditFeedback(editor);
    }

    void show(GuestDefinitions definitions) {
        read = definitions;
        Optional<DiskDevice> next = new DiskDevices(definitions.persistent()).find(target);
        Optional<DiskDevice> live = definitions.running() ? new DiskDevices(definitions.live()).find(target) : Optional.empty();
        if (next.isPresent() && definitions.running()) {
            pendingFlags.set(EditFeedback.pending(flags(next), live.isPresent() ? flags(live) : "not attached", true));
        } else {
            pendingFlags.set("");
        }
    }

    private static String flags(Optional<DiskDevice> disk) {
        return (disk.get().readOnly() ? "read-only" : "writable") + (disk.get().shareable() ? ", shareable" : "");
    }

    Optional<DiskDevice> disk() {
        return read == null ? Optional.empty() : new DiskDevices(read.persistent()).find(target);
    }

    /** Grows the disk to the size typed, in GiB; a size at or below today's is refused by the editor. */
    CompletableFuture<Void> grow(String sizeText) {
        String typed = sizeText == null ? "" : sizeText.strip();
        double gib;
        try {
            gib = Double.parseDouble(typed);
        } catch (NumberFormatException e) {
            gib = 0;
        }
        if (!(gib > 0)) {
            return feedback.refuse("The new size must be a number of GiB above 0, not '" + typed + "'.");
        }
        return feedback.send(new ResizeDisk(target, Math.round(gib * ByteSize.GIB)));
    }

    CompletableFuture<Void> setFlags(boolean readOnly, boolean shareable) {
        Optional<DiskDevice> disk = disk();
        if (disk.isEmpty()) {
            return feedback.refuse("The guest has no disk " + target + ".");
        }
        if (disk.get().readOnly() == readOnly && disk.get().shareable() == shareable) {
            return feedback.nothing("Nothing to change: " + target + " is set like this already.");
        }
        return feedback.send(new SetDiskFlags(target, readOnly, shareable));
    }

    /** Detaches the disk; with {@code deleteVolume} its volume goes too, unless the Delete rules forbid it. */
    CompletableFuture<Void> remove(boolean deleteVolume) {
        return feedback.send(new RemoveDisk(target, deleteVolume));
    }

    EditFeedback feedback() {
        return feedback;
    }

    ReadOnlyStringProperty pendingFlagsProperty() {
        return pendingFlags.getReadOnlyProperty();
    }
}
