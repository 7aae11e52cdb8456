package dev.summit.console.fx;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Default looks for the texts over the screen. Set in code, not inline CSS, so an app stylesheet
 * (style classes on {@link ConsoleView}) still wins; they sit on any guest picture, light or dark,
 * hence light text on a dark translucent plate.
 */
final class OverlayStyle {
    private static final Color PLATE = Color.rgb(0, 0, 0, 0.72);

    private OverlayStyle() {
    }

    static void status(Label label) {
        label.setTextFill(Color.WHITE);
        label.setFont(Font.font(null, FontWeight.BOLD, 18));
        label.setPadding(new Insets(12, 22, 12, 22));
        label.setBackground(new Background(new BackgroundFill(PLATE, new CornerRadii(8), Insets.EMPTY)));
    }

    static void veil(Region veil) {
        veil.setBackground(Background.fill(Color.rgb(0, 0, 0, 0.5)));
    }

    static void hint(Label label) {
        label.setTextFill(Color.rgb(255, 255, 255, 0.9));
        label.setFont(Font.font(11));
        label.setPadding(new Insets(3, 10, 3, 10));
        label.setBackground(new Background(new BackgroundFill(PLATE, new CornerRadii(4), Insets.EMPTY)));
    }
}
