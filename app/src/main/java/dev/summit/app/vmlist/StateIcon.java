package dev.summit.app.vmlist;

import dev.summit.connectors.inventory.GuestState;
import javafx.scene.layout.Region;

/**
 * A small shape that says the state at a glance: play, pause, stop, cross, and a stamp for a
 * template, which is never started; colour from the theme.
 */
final class StateIcon extends Region {
    static final String STYLE = "state-icon";

    StateIcon() {
        getStyleClass().add(STYLE);
        setMinSize(12, 12);
        setPrefSize(12, 12);
        setMaxSize(12, 12);
    }

    void show(GuestRow guest) {
        getStyleClass().setAll(STYLE, guest.isTemplate() ? "state-template" : styleFor(guest.stateProperty().get()));
    }

    static String styleFor(GuestState state) {
        if (state == null) {
            return "state-off";
        }
        return switch (state) {
            case RUNNING, BLOCKED -> "state-running";
            case PAUSED, PM_SUSPENDED -> "state-paused";
            case SHUTTING_DOWN -> "state-stopping";
            case CRASHED -> "state-crashed";
            case SHUT_OFF, NO_STATE -> "state-off";
        };
    }
}
