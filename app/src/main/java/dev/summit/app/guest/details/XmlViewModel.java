package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.DefinitionDiff;
import dev.summit.connectors.edit.change.ReplaceDefinition;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The XML page's state: the definition as text, what the user typed over it, the difference
 * between them, and defining the edited text (schema-checked by the editor). FX thread only.
 */
final class XmlViewModel {
    private final EditFeedback feedback;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper("");
    private String shown = "";

    XmlViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.feedback = new EditFeedback(editor);
    }

    /** New definitions: the text follows them unless the user has edited it. */
    void show(GuestDefinitions definitions) {
        String next = pretty(definitions.persistent().serialize());
        if (text.get().equals(shown)) {
            text.set(next);
            diff.set("");
        }
        shown = next;
    }

    // The serializer indents around libvirt's own whitespace, which leaves empty lines between elements.
    private static String pretty(String xml) {
        return xml.replaceAll("(?m)^[ \t]*\r?\n", "");
    }

    /** Shows what the edited text changes, as a unified diff; "" and a sentence when nothing. */
    void review() {
        DefinitionDiff changes = DefinitionDiff.between(shown, text.get());
        if (!changes.changed()) {
            diff.set("");
            feedback.nothing("The XML is unchanged.");
        } else {
            diff.set(changes.unified(3));
            feedback.nothing("");
        }
    }

    /** Defines the edited text; a refusal (unreadable, invalid, another name) is shown and nothing changes. */
    CompletableFuture<Void> apply() {
        if (shown.isEmpty()) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        if (!DefinitionDiff.between(shown, text.get()).changed()) {
            return feedback.nothing("The XML is unchanged.");
        }
        diff.set(DefinitionDiff.between(shown, text.get()).unified(3));
        String edited = text.get();
        return feedback.send(new ReplaceDefinition(edited)).thenRun(() -> {
            if (feedback.problemProperty().get().isEmpty()) {
                // Take the definition libvirt keeps (re-read next) rather than the text as typed.
                shown = edited;
            }
        });
    }

    /** Throws away the edits: the text is the definition again. */
    void revert() {
        text.set(shown);
        diff.set("");
        feedback.nothing("");
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty diffProperty() {
        return diff.getReadOnlyProperty();
    }

    EditFeedback feedback() {
        return feedback;
    }
}
