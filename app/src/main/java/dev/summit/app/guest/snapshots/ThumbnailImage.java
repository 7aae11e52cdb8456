package dev.summit.app.guest.snapshots;

import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** A kept PPM thumbnail as a JavaFX image. */
final class ThumbnailImage {
    private ThumbnailImage() {
    }

    static Optional<Image> of(byte[] ppm) {
        return Ppm.read(ppm).map(image -> {
            WritableImage out = new WritableImage(image.width(), image.height());
            PixelWriter pixels = out.getPixelWriter();
            for (int y = 0; y < image.height(); y++) {
                for (int x = 0; x < image.width(); x++) {
                    pixels.setArgb(x, y, image.argb(x, y));
                }
            }
            return out;
        });
    }
}
