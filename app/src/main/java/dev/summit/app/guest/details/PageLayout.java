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
}
