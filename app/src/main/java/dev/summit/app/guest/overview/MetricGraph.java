package dev.summit.app.guest.overview;

import dev.summit.app.guest.overview.GraphData.Scale;
import dev.summit.app.vmlist.Sizes;
import dev.summit.connectors.units.ByteSize;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * One graph of the Overview: title, each series' latest value beside its colour, and the last ten
 * minutes as lines over a light fill, newest at the right. Drawn with shapes, not a canvas, so the
 * stylesheet's colour tokens colour it and the dark theme needs no code.
 */
public final class MetricGraph extends VBox {
    private static final double WINDOW_MS = GraphData.WINDOW.toMillis();
    private static final int GRID_LINES = 3;

    private final Label title = new Label();
    /** Under the title and wrapping: two long legends must never widen the page. */
    private final FlowPane legend = new FlowPane(12, 2);
    private final Pane plot = new Pane();
    private final Label top = new Label();
    private GraphData data;
    private long now;

    public MetricGraph(String id) {
        setId(id);
        getStyleClass().add("metric-graph");
        title.getStyleClass().add("graph-title");
        top.getStyleClass().add("graph-axis");
        plot.getStyleClass().add("graph-plot");
        plot.setPrefHeight(84);
        plot.setMinHeight(60);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(plot.widthProperty());
        clip.heightProperty().bind(plot.heightProperty());
        plot.setClip(clip);
        plot.widthProperty().addListener((obs, old, w) -> redraw());
        plot.heightProperty().addListener((obs, old, h) -> redraw());
        legend.setPrefWrapLength(200);
        legend.setMinWidth(0);
        VBox header = new VBox(1, title, legend);
        header.setMinWidth(0);
        setMinWidth(0);
        Label ago = new Label("10 min ago");
        Label latest = new Label("now");
        ago.getStyleClass().add("graph-axis");
        latest.getStyleClass().add("graph-axis");
        BorderPane axis = new BorderPane();
        axis.setLeft(ago);
        axis.setRight(latest);
        getChildren().addAll(header, plot, axis);
        setSpacing(3);
    }

    /** Shows {@code graph} as it stands at {@code nowMillis}. */
    public void draw(GraphData graph, long nowMillis) {
        this.data = graph;
        this.now = nowMillis;
        title.setText(graph.title());
        List<javafx.scene.Node> entries = new ArrayList<>();
        for (int i = 0; i < graph.series().size(); i++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("graph-swatch", "graph-series-" + i);
            Label value = new Label(graph.series().get(i).label() + " " + format(graph.scale(), graph.latest(i)));
            value.getStyleClass().add("graph-value");
            value.setGraphic(swatch);
            entries.add(value);
        }
        legend.getChildren().setAll(entries);
        redraw();
    }

    /** The latest values as the legend shows them, for tests. */
    String legendText() {
        return String.join("; ", legend.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    private void redraw() {
        double w = plot.getWidth();
        double h = plot.getHeight();
        List<javafx.scene.Node> shapes = new ArrayList<>();
        for (int i = 1; i <= GRID_LINES; i++) {
            double y = Math.round(h * i / (GRID_LINES + 1.0)) + 0.5;
            Line grid = new Line(0, y, w, y);
            grid.getStyleClass().add("graph-grid");
            shapes.add(grid);
        }
        if (data != null && w > 0 && h > 0) {
            double max = axisMax(data);
            top.setText(format(data.scale(), max));
            for (int s = 0; s < data.series().size(); s++) {
                double[] values = data.series().get(s).values();
                if (values.length >= 2) {
                    shapes.add(path(values, max, w, h, true, s));
                    shapes.add(path(values, max, w, h, false, s));
                }
            }
        }
        top.relocate(4, 2);
        shapes.add(top);
        plot.getChildren().setAll(shapes);
    }

    private Path path(double[] values, double max, double w, double h, boolean fill, int series) {
        Path path = new Path();
        path.getStyleClass().addAll(fill ? "graph-fill" : "graph-line", "graph-series-" + series);
        long[] times = data.times();
        double firstX = x(times[0], w);
        path.getElements().add(new MoveTo(firstX, fill ? h : y(values[0], max, h)));
        for (int i = fill ? 0 : 1; i < values.length; i++) {
            path.getElements().add(new LineTo(x(times[i], w), y(values[i], max, h)));
        }
        if (fill) {
            path.getElements().add(new LineTo(x(times[times.length - 1], w), h));
            path.getElements().add(new LineTo(firstX, h));
        }
        return path;
    }

    private double x(long time, double w) {
        return w - (now - time) / WINDOW_MS * w;
    }

    private static double y(double value, double max, double h) {
        return h - 1 - Math.max(0, Math.min(max, value)) / max * (h - 6);
    }

    /** Percent is always 0–100; sizes and rates grow to a little above their largest value. */
    private static double axisMax(GraphData graph) {
        if (graph.scale() == Scale.PERCENT) {
            return 100;
        }
        double largest = graph.series().stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).max().orElse(0);
        return Math.max(graph.scale() == Scale.BYTES ? 1024 * 1024 : 1024, largest * 1.15);
    }

    static String format(Scale scale, double value) {
        return switch (scale) {
            case PERCENT -> Sizes.percent(value);
            case BYTES -> value <= 0 ? "0 MiB" : ByteSize.human((long) value);
            case RATE -> value < 1 ? "0 KiB/s" : Sizes.rate(value);
        };
    }
}
