package dev.summit.console.fx;

import dev.summit.console.rfb.protocol.CursorShape;
import javafx.scene.Cursor;
import javafx.scene.ImageCursor;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The guest's pointer image as a local cursor, so the pointer moves with the hand and never waits
 * for the network. An empty shape is how a guest hides its pointer.
 */
final class CursorImages {
    private CursorImages() {
    }

    static Cursor toCursor(CursorShape shape) {
        if (shape.width() <= 0 || shape.height() <= 0 || isInvisible(shape)) {
            return Cursor.NONE;
        }
        WritableImage image = new WritableImage(shape.width(), shape.height());
        // Cursor pixels carry real transparency, so they are straight (not premultiplied) ARGB.
        image.getPixelWriter().setPixels(0, 0, shape.width(), shape.height(), PixelFormat.getIntArgbInstance(),
                shape.argb(), 0, shape.width());
        return new ImageCursor(image, shape.hotspotX(), shape.hotspotY());
    }

    private static boolean isInvisible(CursorShape shape) {
        int[] argb = shape.argb();
        int count = Math.min(argb.length, shape.width() * shape.height());
        for (int i = 0; i < count; i++) {
            if ((argb[i] >>> 24) != 0) {
                return false;
            }
        }
        return true;
    }
}
