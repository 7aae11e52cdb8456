package dev.summit.app.guest.snapshots;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javafx.scene.image.Image;

/** A kept PNG thumbnail as a JavaFX image; empty when the file is not one. */
final class ThumbnailImage {
    private ThumbnailImage() {
    }

    static Optional<Image> of(byte[] png) {
        Image image = new Image(new ByteArrayInputStream(png));
        return image.isError() ? Optional.empty() : Optional.of(image);
    }
}
