package dev.summit.app.migrate;

import dev.summit.connectors.migrate.CheckLevel;
import dev.summit.connectors.migrate.PrecheckLine;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The precheck lines as a grid: a green, amber or red dot, what was checked, what was found, and the fix. */
final class PrecheckGrid {
    static final String ID = "precheck-grid";

    private final GridPane grid = new GridPane();

    PrecheckGrid() {
        grid.setId(ID);
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints dot = new ColumnConstraints(16);
        ColumnConstraints check = new ColumnConstraints(210);
        ColumnConstraints reason = new ColumnConstraints(200, 360, Double.MAX_VALUE);
        reason.setHgrow(Priority.ALWAYS);
        ColumnConstraints fix = new ColumnConstraints(160, 260, Double.MAX_VALUE);
        fix.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(dot, check, reason, fix);
    }

    GridPane view() {
        return grid;
    }

    void show(List<PrecheckLine> lines) {
        grid.getChildren().clear();
        for (int row = 0; row < lines.size(); row++) {
            PrecheckLine line = lines.get(row);
            Circle dot = new Circle(6, colour(line.level()));
            dot.getStyleClass().add("precheck-" + line.level().name().toLowerCase());
            dot.setId("precheck-dot-" + row);
            Label check = new Label(line.check());
            check.setStyle("-fx-font-weight: bold");
            Label reason = wrapping(line.reason());
            reason.setId("precheck-reason-" + row);
            Label fix = wrapping(line.fix() + (line.overridable() && line.level() == CheckLevel.RED ? " (may be overridden)" : ""));
            fix.setStyle("-fx-opacity: 0.8");
            grid.addRow(row, dot, check, reason, fix);
        }
    }

    /** Shown in place of the lines until there are any, so an empty box does not look broken. */
    void showHint(String text) {
        grid.getChildren().clear();
        Label hint = wrapping(text);
        hint.setId("precheck-hint");
        hint.setStyle("-fx-opacity: 0.7");
        grid.add(hint, 0, 0, 4, 1);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The same three colours in both themes: they carry meaning, and all three read on light and dark. */
    static Color colour(CheckLevel level) {
        return switch (level) {
            case GREEN -> Color.web("#2e9e44");
            case AMBER -> Color.web("#e0a000");
            case RED -> Color.web("#d12c2c");
        };
    }
}
