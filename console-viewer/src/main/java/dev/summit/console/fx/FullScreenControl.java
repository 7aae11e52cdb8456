package dev.summit.console.fx;

import javafx.beans.value.ChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Full screen for the console's stage. Esc is a key guests need (installers, vi, BIOS menus), so
 * it only leaves full screen once Ctrl+Alt has given the keyboard back. JavaFX fixes its own exit
 * key when full screen starts, so that key is switched off and the view's window filter, which sees
 * keys before anything else, handles Esc itself.
 */
final class FullScreenControl {
    static final String EXIT_HINT = "Press Ctrl+Alt to release the keyboard, then Esc to leave full screen";

    private final ChangeListener<Boolean> left = (o, was, now) -> {
        if (!now) {
            forget();
        }
    };
    private Stage stage;

    void set(Stage target, boolean on) {
        if (on) {
            if (stage != target) {
                forget();
                stage = target;
                stage.fullScreenProperty().addListener(left);
            }
            stage.setFullScreenExitHint(EXIT_HINT);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        } else {
            target.setFullScreen(false);
            forget();
        }
    }

    /** Leaves full screen on Esc (the caller only asks when the guest does not have the keyboard). */
    boolean handleEscape(KeyEvent event) {
        if (stage == null || event.getEventType() != KeyEvent.KEY_PRESSED || event.getCode() != KeyCode.ESCAPE
                || event.isAltDown() || event.isControlDown() || event.isShiftDown() || event.isMetaDown()) {
            return false;
        }
        set(stage, false);
        return true;
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
