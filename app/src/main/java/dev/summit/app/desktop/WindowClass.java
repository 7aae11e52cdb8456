package dev.summit.app.desktop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names Summit's windows for the desktop (X11 WM_CLASS), so docks and the app switcher group them
 * under the menu entry (StartupWMClass=Summit) instead of a generic "java". JavaFX sets this only
 * when it launches an Application subclass itself, which Summit does not (it needs the store open
 * first); so we call the same glass method. The launcher exports com.sun.glass.ui for it; where it
 * is not exported the windows keep "java" and nothing else changes.
 */
public final class WindowClass {
    public static final String NAME = "Summit";
    private static final Logger LOG = LoggerFactory.getLogger(WindowClass.class);

    private WindowClass() {
    }

    /** Call on the FX thread before the first window is created. */
    public static void set() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName(NAME);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Could not name the windows' class: {}", e.toString());
        }
    }
}
