package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.ChangeMedia;
import dev.summit.connectors.edit.device.CdromDevice;
import dev.summit.connectors.edit.device.CdromDevices;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One CD/DVD drive's changes: insert an image (a host path or a pool's ISO) or eject. FX thread only. */
final class CdromViewModel {
    private final String target;
    private final EditFeedback feedback;
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");

    CdromViewModel(String target, Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.target = target;
        this.feedback = new EditFeedback(editor);
    }

    void show(GuestDefinitions definitions) {
        Optional<CdromDevice> next = new CdromDevices(definitions.persistent()).find(target);
        Optional<CdromDevice> live = definitions.running() ? new CdromDevices(definitions.live()).find(target) : Optional.empty();
        pending.set(next.isPresent() && live.isPresent()
                ? EditFeedback.pending(media(next.get()), media(live.get()), true) : "");
    }

    private static String media(CdromDevice drive) {
        return drive.empty() ? "no media" : drive.media();
    }

    /** @param image an absolute host path, or POOL/VOLUME */
    CompletableFuture<Void> insert(String image) {
        String typed = image == null ? "" : image.strip();
        if (typed.isEmpty()) {
            return feedback.refuse("Choose an ISO image, or give its path on the host.");
        }
        return feedback.send(new ChangeMedia(target, typed));
    }

    CompletableFuture<Void> eject() {
        return feedback.send(new ChangeMedia(target, null));
    }

    ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    EditFeedback feedback() {
        return feedback;
    }
}
