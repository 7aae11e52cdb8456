package dev.summit.app.about;

import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Summit's icon for window decorations and the About dialog, in the sizes rendered from
 * resources/icons/summit.svg (resources/icons/render-png.sh); the window manager picks the size
 * it draws, so the icon stays sharp at 1× and 2×.
 */
public final class AppIcons {
    private static final int[] SIZES = {32, 64, 128, 256};

    private AppIcons() {
    }

    public static void addTo(Stage stage) {
        for (int size : SIZES) {
            URL url = url(size);
            if (url != null) {
                // Loaded in the background: the first frame does not wait for PNG decoding.
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }

    /** The 128 px image, for showing at 64 logical pixels: sharp on a 2× screen too. */
    public static Image large() {
        URL url = url(128);
        return url == null ? null : new Image(url.toExternalForm());
    }

    private static URL url(int size) {
        return AppIcons.class.getResource("/dev/summit/app/icons/summit-" + size + ".png");
    }
}
