package dev.summit.app.console;

import dev.summit.app.console.ConsoleConnector.OpenedConsole;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * *Resize guest to window*: while on, asks the guest's VNC server to make its screen the size of
 * the view, once the window has stopped changing for a moment, and never twice for the same size
 * (a server that refuses is not asked again until the window changes). Only servers that offered
 * ExtendedDesktopSize are asked; {@link #possibleProperty()} says whether this one did. FX thread only.
 */
final class GuestScreenFollower {
    private static final Duration SETTLE = Duration.millis(300);

    private final Region view;
    private final ObservableValue<OpenedConsole> current;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper possible = new ReadOnlyBooleanWrapper();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private int askedWidth;
    private int askedHeight;

    GuestScreenFollower(Region view, ObservableValue<OpenedConsole> current) {
        this.view = view;
        this.current = current;
        settle.setOnFinished(e -> follow());
        view.widthProperty().addListener((obs, old, now) -> settle.playFromStart());
        view.heightProperty().addListener((obs, old, now) -> settle.playFromStart());
        enabled.addListener((obs, was, on) -> follow());
        current.addListener((obs, old, now) -> {
            askedWidth = 0;
            askedHeight = 0;
            possible.set(false);
        });
    }

    BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Whether the connected server takes resize requests; false until its first update says so. */
    ReadOnlyBooleanProperty possibleProperty() {
        return possible.getReadOnlyProperty();
    }

    /** Called every second by the pane: a server's offer arrives with its first update. */
    void tick() {
        OpenedConsole open = current.getValue();
        possible.set(open != null && open.client().canResizeDesktop());
        follow();
    }

    private void follow() {
        OpenedConsole open = current.getValue();
        if (!enabled.get() || open == null || !open.client().canResizeDesktop()) {
            return;
        }
        int width = (int) Math.floor(view.getWidth());
        int height = (int) Math.floor(view.getHeight());
        if (width < 64 || height < 64 || (width == askedWidth && height == askedHeight)) {
            return;
        }
        askedWidth = width;
        askedHeight = height;
        open.client().resizeDesktop(width, height);
    }
}
