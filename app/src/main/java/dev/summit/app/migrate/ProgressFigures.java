package dev.summit.app.migrate;

import dev.summit.connectors.migrate.JobFigures;
import dev.summit.connectors.migrate.MigrationOutcome;
import dev.summit.connectors.units.ByteSize;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The running job's figures, refreshed with every reading, and the final figures after it ends. */
final class ProgressFigures {
    static final String ID = "migration-progress";

    private final ProgressBar bar = new ProgressBar(0);
    private final Label processed = value("figure-processed");
    private final Label remaining = value("figure-remaining");
    private final Label dirty = value("figure-dirty");
    private final Label iteration = value("figure-iteration");
    private final Label downtime = value("figure-downtime");
    private final Label elapsed = value("figure-elapsed");
    private final Label downtimeTitle = new Label("Expected downtime");
    private final VBox box;

    ProgressFigures() {
        bar.setId("migration-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(16);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.addRow(0, new Label("Data sent"), processed, new Label("Data left"), remaining);
        grid.addRow(1, new Label("Memory changing"), dirty, new Label("Pass over memory"), iteration);
        grid.addRow(2, downtimeTitle, downtime, new Label("Elapsed"), elapsed);
        box = new VBox(8, bar, grid);
        box.setId(ID);
        box.setPadding(new Insets(8));
    }

    VBox view() {
        return box;
    }

    void show(JobFigures figures) {
        if (figures == null) {
            return;
        }
        bar.setProgress(figures.fraction());
        processed.setText(size(figures.dataProcessedBytes()));
        remaining.setText(size(figures.dataRemainingBytes()));
        dirty.setText(figures.dirtyPagesPerSecond() < 0 ? "–" : figures.dirtyPagesPerSecond() + " pages/s");
        iteration.setText(figures.iteration() < 0 ? "–" : String.valueOf(figures.iteration()));
        downtime.setText(figures.downtimeMs() < 0 ? "–" : figures.downtimeMs() + " ms");
        elapsed.setText(String.format("%.1f s", figures.elapsedMs() / 1000.0));
    }

    void finished(MigrationOutcome outcome) {
        if (outcome == null) {
            return;
        }
        bar.setProgress(outcome.moved() ? 1 : 0);
        if (outcome.moved()) {
            downtimeTitle.setText("Downtime");
            downtime.setText(outcome.downtimeMs() < 0 ? "–" : outcome.downtimeMs() + " ms");
            processed.setText(size(outcome.bytes()));
            remaining.setText("0");
            elapsed.setText(String.format("%.1f s (job %.1f s)", outcome.wallMs() / 1000.0, Math.max(0, outcome.jobMs()) / 1000.0));
        }
    }

    private static Label value(String id) {
        Label label = new Label("–");
        label.setId(id);
        label.setStyle("-fx-font-family: monospace");
        return label;
    }

    private static String size(long bytes) {
        return bytes < 0 ? "–" : ByteSize.human(bytes);
    }
}
