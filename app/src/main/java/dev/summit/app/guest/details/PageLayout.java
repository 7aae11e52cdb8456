package dev.summit.app.guest.details;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The frame every Details page shares: a heading, its rows, notes in the muted colour, scrolling. */
public final class PageLayout {
    private PageLayout() {
    }

    public static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("page-heading");
        return heading;
    }

    /** A line of explanation, e.g. why a control is greyed out. */
    public static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("page-note");
        note.setWrapText(true);
        return note;
    }

    /** The page's content in a column that scrolls when the window is short. */
    public static ScrollPane page(String id, Node... children) {
        VBox column = new VBox(10, children);
        column.setPadding(new Insets(14, 18, 14, 18));
        column.getStyleClass().add("details-page");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        return scroll;
    }

    /** The outcome sentence and the refusal of a page's last change, ids {@code <prefix>-outcome} and {@code <prefix>-problem}. */
    static javafx.scene.layout.VBox feedback(String prefix, EditFeedback feedback) {
        return new VBox(4, bound(prefix + "-outcome", "edit-outcome", feedback.outcomeProperty()),
                bound(prefix + "-problem", "problem", feedback.problemProperty()));
    }

    /** The "pending — at next boot" marker beside a value. */
    static Label marker(String id, javafx.beans.value.ObservableStringValue text) {
        Label marker = bound(id, "pending-marker", text);
        marker.setWrapText(false);
        return marker;
    }

    static Label bound(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** A button that is greyed out while the page's change is under way. */
    static javafx.scene.control.Button button(String id, String text, EditFeedback feedback, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.disableProperty().bind(feedback.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }
}
