package dev.summit.app.clone;

import dev.summit.connectors.ops.ClonePassword;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The display password of a guest made from another (a clone, a guest from a template): none, or a
 * new one typed here; never the source's. With a source that has one, "new password" is chosen to
 * start with, so the copy is not left open by default; without, "no password" is. The secret lives
 * only in the field and the request: it is never stored or logged.
 */
public final class DisplayPasswordChoice {
    public static final String NONE_ID = "display-password-none";
    public static final String NEW_ID = "display-password-new";
    public static final String FIELD_ID = "display-password-field";

    private final RadioButton none = new RadioButton("No password");
    private final RadioButton fresh = new RadioButton("New password");
    private final PasswordField field = new PasswordField();
    private final Label note = new Label();
    private final VBox node;
    private boolean known;

    public DisplayPasswordChoice() {
        ToggleGroup group = new ToggleGroup();
        none.setToggleGroup(group);
        fresh.setToggleGroup(group);
        none.setId(NONE_ID);
        fresh.setId(NEW_ID);
        field.setId(FIELD_ID);
        field.setPromptText("at most 8 characters");
        field.setPrefColumnCount(12);
        field.disableProperty().bind(fresh.selectedProperty().not());
        none.setSelected(true);
        note.setWrapText(true);
        note.setMaxWidth(600);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setStyle("-fx-opacity: 0.75");
        HBox newRow = new HBox(8, fresh, field);
        newRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        node = new VBox(6, new HBox(16, none, newRow), note);
    }

    /** Runs whenever the choice or the typed password changes, for a page that shows its problem at once. */
    public void onChange(Runnable changed) {
        none.selectedProperty().addListener((obs, old, now) -> changed.run());
        field.textProperty().addListener((obs, old, now) -> changed.run());
    }

    public Node node() {
        return node;
    }

    /** Told once the source has been read: whether it has a password, and its name for the note. */
    public void sourceRead(String source, boolean hasPassword) {
        known = true;
        (hasPassword ? fresh : none).setSelected(true);
        note.setText(hasPassword ? "'" + source + "' has a VNC password; the new guest never inherits it: give it its own,"
                + " or none." : "'" + source + "' has no VNC password.");
        if (hasPassword) {
            field.requestFocus();
        }
    }

    /** What is wrong with the choice as it stands, for the dialog's message; empty when it can be used. */
    public Optional<String> problem() {
        if (fresh.isSelected() && field.getText().isEmpty()) {
            return Optional.of("Type the new guest's VNC password, or choose No password.");
        }
        return Optional.empty();
    }

    /** Unchosen until the source has been read, so the host refuses rather than guessing. */
    public ClonePassword choice() {
        if (!known) {
            return ClonePassword.UNCHOSEN;
        }
        return fresh.isSelected() ? new ClonePassword.Given(field.getText()) : ClonePassword.NONE;
    }
}
