package dev.summit.app.vmlist;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The CPU history of one guest as a small line, 0–100 % bottom to top, newest at the right. */
final class Sparkline extends Canvas {
    private static final Color LINE = Color.web("#3584e4");
    private static final Color FILL = Color.web("#3584e4", 0.18);

    Sparkline(double width, double height) {
        super(width, height);
        getStyleClass().add("sparkline");
    }

    void draw(double[] history) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (history == null || history.length < 2) {
            return;
        }
        double step = w / (GuestRow.HISTORY - 1);
        double x0 = w - step * (history.length - 1);
        g.beginPath();
        g.moveTo(x0, h);
        for (int i = 0; i < history.length; i++) {
            g.lineTo(x0 + i * step, y(history[i], h));
        }
        g.lineTo(w, h);
        g.closePath();
        g.setFill(FILL);
        g.fill();
        g.beginPath();
        for (int i = 0; i < history.length; i++) {
            double x = x0 + i * step;
            if (i == 0) {
                g.moveTo(x, y(history[i], h));
            } else {
                g.lineTo(x, y(history[i], h));
            }
        }
        g.setStroke(LINE);
        g.setLineWidth(1.2);
        g.stroke();
    }

    private static double y(double percent, double h) {
        return h - 1 - Math.max(0, Math.min(100, percent)) / 100.0 * (h - 2);
    }
}
