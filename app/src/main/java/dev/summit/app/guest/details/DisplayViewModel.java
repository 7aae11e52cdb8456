package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.SetDisplay;
import dev.summit.connectors.edit.device.GraphicsSettings;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Display page's change: where VNC listens, its password, the video card. The password goes
 * straight into the edit: Summit never keeps it, and nothing here writes it anywhere. FX thread only.
 */
final class DisplayViewModel {
    private final EditFeedback feedback;
    private final ReadOnlyStringWrapper pendingListen = new ReadOnlyStringWrapper("");
    private GuestDefinitions read;

    DisplayViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.feedback = new EditFeedback(editor);
    }

    void show(GuestDefinitions definitions) {
        read = definitions;
        GraphicsSettings next = new GraphicsSettings(definitions.persistent());
        pendingListen.set(definitions.running() && next.hasVnc()
                ? EditFeedback.pending(next.listen(), new GraphicsSettings(definitions.live()).listen(), true) : "");
    }

    GraphicsSettings settings() {
        return read == null ? null : new GraphicsSettings(read.persistent());
    }

    /**
     * @param password what is typed; blank keeps the password, unless {@code removePassword}
     */
    CompletableFuture<Void> apply(String listen, String password, boolean removePassword, String videoModel) {
        GraphicsSettings now = settings();
        if (now == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        String newListen = blank(listen) || Objects.equals(listen.strip(), now.listen()) ? null : listen.strip();
        String newPassword = removePassword ? (now.hasPassword() ? "" : null) : blank(password) ? null : password;
        String newVideo = blank(videoModel) || videoModel.equals(now.videoModel()) ? null : videoModel;
        if (newListen == null && newPassword == null && newVideo == null) {
            return feedback.nothing("Nothing to change: the display is set like this already.");
        }
        if ((newListen != null || newPassword != null) && !now.hasVnc()) {
            return feedback.refuse("The guest has no VNC display to set a listen address or password for.");
        }
        return feedback.send(new SetDisplay(newListen, newPassword, newVideo));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    ReadOnlyStringProperty pendingListenProperty() {
        return pendingListen.getReadOnlyProperty();
    }

    EditFeedback feedback() {
        return feedback;
    }
}
