package dev.summit.console.fx;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Full screen for the console's stage. Esc is a key guests need (installers, vi, BIOS menus), so
 * while the keyboard is grabbed it goes to the guest and only leaves full screen once Ctrl+Alt has
 * given the keyboard back.
 */
final class FullScreenControl {
    static final String EXIT_HINT = "Press Ctrl+Alt to release the keyboard, then Esc to leave full screen";
    private static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);

    private final ReadOnlyBooleanProperty grabbed;
    private final ChangeListener<Boolean> left = (o, was, now) -> {
        if (!now) {
            forget();
        }
    };
    private Stage stage;

    FullScreenControl(ReadOnlyBooleanProperty grabbed) {
        this.grabbed = grabbed;
        grabbed.addListener((o, was, now) -> updateExitKey());
    }

    void set(Stage target, boolean on) {
        if (on) {
            if (stage != target) {
                forget();
                stage = target;
                stage.fullScreenProperty().addListener(left);
            }
            stage.setFullScreenExitHint(EXIT_HINT);
            updateExitKey();
            stage.setFullScreen(true);
        } else {
            target.setFullScreen(false);
            forget();
        }
    }

    private void updateExitKey() {
        if (stage != null) {
            stage.setFullScreenExitKeyCombination(grabbed.get() ? KeyCombination.NO_MATCH : ESCAPE);
        }
    }

    private void forget() {
        if (stage != null) {
            stage.fullScreenProperty().removeListener(left);
            stage.setFullScreenExitKeyCombination(null);
            stage.setFullScreenExitHint(null);
            stage = null;
        }
    }
}
