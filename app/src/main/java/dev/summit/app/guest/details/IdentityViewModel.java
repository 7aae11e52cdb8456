package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.SetTitleDescription;
import dev.summit.connectors.edit.device.GuestIdentity;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The Identity page's changes: the title and description, and the name while the guest is shut off. FX thread only. */
final class IdentityViewModel {
    private final EditFeedback feedback;
    private final Function<String, CompletableFuture<EditOutcome>> renamer;
    private final ReadOnlyBooleanWrapper renamable = new ReadOnlyBooleanWrapper();
    private GuestDefinitions read;

    /** @param renamer renames the guest (through the task runner), its outcome on the FX thread */
    IdentityViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor,
                      Function<String, CompletableFuture<EditOutcome>> renamer) {
        this.feedback = new EditFeedback(editor);
        this.renamer = renamer;
    }

    void show(GuestDefinitions definitions) {
        read = definitions;
        renamable.set(!definitions.running());
    }

    GuestIdentity identity() {
        return read == null ? null : new GuestIdentity(read.persistent());
    }

    CompletableFuture<Void> applyText(String title, String description) {
        GuestIdentity now = identity();
        if (now == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        String newTitle = Objects.equals(title, text(now.title())) ? null : title;
        String newDescription = Objects.equals(description, text(now.description())) ? null : description;
        if (newTitle == null && newDescription == null) {
            return feedback.nothing("Nothing to change: the guest has this title and description already.");
        }
        return feedback.send(new SetTitleDescription(newTitle, newDescription));
    }

    CompletableFuture<Void> rename(String name) {
        GuestIdentity now = identity();
        if (now == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        if (read.running()) {
            return feedback.refuse("Shut the guest off to rename it: libvirt renames only a guest that is not running.");
        }
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty()) {
            return feedback.refuse("Give the guest's new name.");
        }
        if (typed.equals(now.name())) {
            return feedback.nothing("Nothing to change: the guest is called " + typed + " already.");
        }
        return feedback.show(renamer.apply(typed));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Whether the name can change now: only while the guest is shut off. */
    ReadOnlyBooleanProperty renamableProperty() {
        return renamable.getReadOnlyProperty();
    }

    EditFeedback feedback() {
        return feedback;
    }
}
