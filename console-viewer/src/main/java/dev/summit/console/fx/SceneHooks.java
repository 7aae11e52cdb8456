package dev.summit.console.fx;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * What the view hangs on its scene and window, moved along whenever the view is: a pulse listener
 * (the once-per-pulse damage copy) and a window key filter. A window filter runs before the scene's
 * mnemonics and accelerators, so a grabbed Alt+F or Delete reaches the guest and never opens the
 * app's menu or deletes a guest.
 */
final class SceneHooks {
    private final Runnable pulse;
    private final EventHandler<KeyEvent> keys;
    private final ChangeListener<Window> windowChange = (o, was, now) -> windowChanged(was, now);

    SceneHooks(Node node, Runnable pulse, EventHandler<KeyEvent> keys) {
        this.pulse = pulse;
        this.keys = keys;
        node.sceneProperty().addListener((o, was, now) -> sceneChanged(was, now));
        sceneChanged(null, node.getScene());
    }

    private void sceneChanged(Scene was, Scene now) {
        if (was != null) {
            was.removePreLayoutPulseListener(pulse);
            was.windowProperty().removeListener(windowChange);
            windowChanged(was.getWindow(), null);
        }
        if (now != null) {
            now.addPreLayoutPulseListener(pulse);
            now.windowProperty().addListener(windowChange);
            windowChanged(null, now.getWindow());
        }
    }

    private void windowChanged(Window was, Window now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.ANY, keys);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.ANY, keys);
        }
    }
}
