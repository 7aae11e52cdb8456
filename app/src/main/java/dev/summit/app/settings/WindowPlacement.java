package dev.summit.app.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Where the main window was and how large, kept as text "x,y,width,height,maximized". */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    static final double MIN_WIDTH = 480;
    static final double MIN_HEIGHT = 320;
    // Enough of the title bar to grab: a window further off-screen than this is put back by the WM.
    private static final double GRAB = 48;

    public static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Empty for text that is not five fields or holds a size no window could have. */
    public static Optional<WindowPlacement> parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement placement = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            boolean sane = Double.isFinite(placement.x) && Double.isFinite(placement.y)
                    && placement.width >= MIN_WIDTH && placement.height >= MIN_HEIGHT
                    && placement.width < 100_000 && placement.height < 100_000;
            return sane ? Optional.of(placement) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Sizes and places {@code stage} before it is shown. The position is used only when the title
     * bar would land on one of {@code screens}: a monitor unplugged since last time must not leave
     * the window where nobody can see it; the window manager then places it.
     */
    public void applyTo(Stage stage, List<Rectangle2D> screens) {
        stage.setWidth(width);
        stage.setHeight(height);
        Rectangle2D titleBar = new Rectangle2D(x + GRAB, y, Math.max(1, width - 2 * GRAB), GRAB);
        if (screens.stream().anyMatch(screen -> screen.intersects(titleBar))) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(maximized);
    }
}
