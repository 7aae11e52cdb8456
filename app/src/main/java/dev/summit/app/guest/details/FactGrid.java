package dev.summit.app.guest.details;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The label–value rows a Details page is made of. Each value is a selectable-looking label with an
 * id ("details-" + the page's name for it), so tests and screen readers find it by what it is.
 */
public final class FactGrid {
    private final GridPane grid = new GridPane();
    private final Map<String, Label> values = new LinkedHashMap<>();

    public FactGrid() {
        grid.getStyleClass().add("fact-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(130);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, texts);
    }

    /** Adds a row; {@code id} names the value label ("uuid" → "#details-uuid"). */
    public Label row(String name, String id) {
        Label value = new Label("—");
        value.setId("details-" + id);
        value.setWrapText(true);
        value.getStyleClass().add("fact-value");
        return row(name, id, value);
    }

    /** Adds a row whose value is a control of its own (a switch, a spinner). */
    public <T extends Node> T row(String name, String id, T value) {
        Label label = new Label(name);
        label.getStyleClass().add("fact-name");
        int at = grid.getRowCount();
        grid.add(label, 0, at);
        grid.add(value, 1, at);
        if (value instanceof Label text) {
            values.put(id, text);
        }
        return value;
    }

    /** Sets a row's text; null or blank shows a dash, so an empty value never looks like a layout fault. */
    public void set(String id, String text) {
        values.get(id).setText(text == null || text.isBlank() ? "—" : text);
    }

    public Node node() {
        return grid;
    }
}
