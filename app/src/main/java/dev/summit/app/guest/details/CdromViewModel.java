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

/** One CD/DVD drive's changes: insert an image (a host path, a pool's ISO, a file of this computer) or eject. FX thread only. */
final class CdromViewModel {
    private final String target;
    private final Function<GuestEdit, CompletableFuture<EditOutcome>> editor;
    private final Function<String, CompletableFuture<String>> placement;
    private final EditFeedback feedback;
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");

    /** An image is used as typed: a host path or POOL/VOLUME. */
    CdromViewModel(String target, Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this(target, editor, CompletableFuture::completedFuture);
    }

    /**
     * @param placement where the host finds what the user chose: a file of this computer is
     *                  uploaded to a remote host first (completes on the FX thread)
     */
    CdromViewModel(String target, Function<GuestEdit, CompletableFuture<EditOutcome>> editor,
                   Function<String, CompletableFuture<String>> placement) {
        this.target = target;
        this.editor = editor;
        this.placement = placement;
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

    /** @param image an absolute host path, POOL/VOLUME, or a file of this computer */
    CompletableFuture<Void> insert(String image) {
        String typed = image == null ? "" : image.strip();
        if (typed.isEmpty()) {
            return feedback.refuse("Choose an ISO image, or give its path on the host.");
        }
        return feedback.show(placement.apply(typed).thenCompose(onHost -> editor.apply(new ChangeMedia(target, onHost))));
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
