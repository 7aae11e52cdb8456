package dev.summit.app.theme;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts Summit's stylesheet on every window the process opens (main window, dialogs, consoles) and,
 * when dark, the dark token values after it. Watching the window list keeps dialogs and console
 * windows in step without each of them knowing about themes. Use on the FX thread.
 */
public final class ThemeApplier {
    public static final String BASE = stylesheet("summit.css");
    public static final String DARK = stylesheet("summit-dark.css");

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final ChangeListener<Scene> onScene = (obs, old, scene) -> style(scene);

    public ThemeApplier() {
        dark.addListener((obs, was, now) -> Window.getWindows().forEach(w -> style(w.getScene())));
    }

    /** Starts watching {@link Window#getWindows()}; windows already open are styled at once. */
    public void install() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(onWindows);
    }

    /** Stops styling new windows: the window list is global, and a later Summit window brings its own. */
    public void uninstall() {
        Window.getWindows().removeListener(onWindows);
        Window.getWindows().forEach(w -> w.sceneProperty().removeListener(onScene));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Styles one scene now; for scenes that are not (yet) in a window, such as tests' own. */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> sheets = scene.getStylesheets();
        if (!sheets.contains(BASE)) {
            sheets.add(0, BASE);
        }
        if (dark.get() && !sheets.contains(DARK)) {
            // Right after the base sheet, so the dark values win over it but not over a window's own sheet.
            sheets.add(sheets.indexOf(BASE) + 1, DARK);
        } else if (!dark.get()) {
            sheets.remove(DARK);
        }
    }

    private void watch(Window window) {
        style(window.getScene());
        window.sceneProperty().removeListener(onScene);
        window.sceneProperty().addListener(onScene);
    }

    private static String stylesheet(String name) {
        return ThemeApplier.class.getResource("/dev/summit/app/" + name).toExternalForm();
    }
}
