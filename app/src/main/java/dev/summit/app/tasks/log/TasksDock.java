package dev.summit.app.tasks.log;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The guest list over the Tasks pane, split by a divider the user drags; the pane hides and shows
 * again at the height it had, and keeps that height when the window is resized. FX thread only.
 */
final class TasksDock {
    static final double DEFAULT_HEIGHT = 180;

    private final SplitPane split = new SplitPane();
    private final Region pane;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final DoubleProperty height = new SimpleDoubleProperty(DEFAULT_HEIGHT);

    TasksDock(Region pane) {
        this.pane = pane;
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(pane, false);
        shown.addListener((obs, was, now) -> place());
        split.heightProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() <= 0 && now.doubleValue() > 0) {
                placeDivider();
            }
        });
        // The height is kept as the divider gives it, the same sum placeDivider does backwards, so a
        // stored height comes back exactly and does not creep by the divider's width at each start.
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                for (SplitPane.Divider divider : change.getAddedSubList()) {
                    divider.positionProperty().addListener((obs, old, now) -> {
                        if (shown.get() && split.getHeight() > 0 && split.getItems().size() == 2) {
                            height.set(Math.round(split.getHeight() * (1 - now.doubleValue())));
                        }
                    });
                }
            }
        });
        place();
    }

    /** The split with the guest list on top; the main window puts it where the list was. */
    Node withGuestList(Node guestList) {
        split.getItems().add(0, guestList);
        placeDivider();
        return split;
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    /** The pane's height in pixels, as the user left it. */
    DoubleProperty heightProperty() {
        return height;
    }

    /** Shows the pane at {@code pixels} high (a stored height from the last run). */
    void restore(boolean show, double pixels) {
        height.set(pixels);
        if (shown.get() == show) {
            place();
        } else {
            shown.set(show);
        }
    }

    private void place() {
        if (shown.get() && !split.getItems().contains(pane)) {
            split.getItems().add(pane);
        } else if (!shown.get()) {
            split.getItems().remove(pane);
        }
        placeDivider();
    }

    private void placeDivider() {
        if (shown.get() && split.getHeight() > 0 && split.getDividers().size() == 1) {
            double wanted = Math.min(height.get(), split.getHeight() * 0.8);
            split.setDividerPositions(1 - wanted / split.getHeight());
        }
    }
}
