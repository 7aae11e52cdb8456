package dev.summit.console.fx;

import dev.summit.console.rfb.decoder.Framebuffer;
import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Callback;

/**
 * The picture the view shows: an int array shared with JavaFX through a {@link PixelBuffer}, so a
 * frame costs one copy of the damaged rectangle and a texture upload of that rectangle only. The
 * remote screen's alpha is always 0xFF, so its ARGB ints already are premultiplied ARGB.
 * New arrays are made only when the remote screen changes size. FX thread only.
 */
final class ScreenBuffer {
    private static final int COPY_ATTEMPTS = 3;

    private int width;
    private int height;
    private int[] pixels;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private WritableImage image;
    private boolean wantWhole = true;

    // The region being copied, handed to the callback through fields so no lambda is made per frame.
    private Framebuffer source;
    private int regionX;
    private int regionY;
    private int regionWidth;
    private int regionHeight;
    private final Callback<PixelBuffer<IntBuffer>, Rectangle2D> copyRegion = buffer -> copyRegion();

    /** The next {@link #pull} copies the whole screen, not only the damage (a new source, a lost copy). */
    void invalidate() {
        wantWhole = true;
    }

    /**
     * Takes what changed in {@code framebuffer} since the last pull into the image.
     *
     * @return true when the image was replaced by one of a new size, so whoever shows it must switch
     */
    boolean pull(Framebuffer framebuffer) {
        int[] damage = framebuffer.takeDamage();
        boolean replaced = false;
        // A resize can land between takeDamage and the copy; the copy then refuses and we go again.
        for (int attempt = 0; attempt < COPY_ATTEMPTS; attempt++) {
            // Read after takeDamage: its lock makes the reader thread's last resize visible here.
            int w = framebuffer.width();
            int h = framebuffer.height();
            if (image == null || w != width || h != height) {
                allocate(w, h);
                replaced = true;
            }
            if (wantWhole) {
                region(0, 0, w, h);
            } else if (damage == null || !clippedRegion(damage)) {
                return replaced;
            }
            source = framebuffer;
            try {
                pixelBuffer.updateBuffer(copyRegion);
            } finally {
                source = null;
            }
            if (!wantWhole) {
                break;
            }
        }
        return replaced;
    }

    /** Damage taken across a shrink can reach past the new edges; only what lies on screen is copied. */
    private boolean clippedRegion(int[] damage) {
        int x1 = Math.max(0, damage[0]);
        int y1 = Math.max(0, damage[1]);
        int x2 = Math.min(width, damage[0] + damage[2]);
        int y2 = Math.min(height, damage[1] + damage[3]);
        if (x1 >= x2 || y1 >= y2) {
            return false;
        }
        region(x1, y1, x2 - x1, y2 - y1);
        return true;
    }

    private void region(int x, int y, int w, int h) {
        regionX = x;
        regionY = y;
        regionWidth = w;
        regionHeight = h;
    }

    private Rectangle2D copyRegion() {
        if (!source.copyRegionTo(regionX, regionY, regionWidth, regionHeight, pixels, width, height)) {
            // The screen was resized between takeDamage and the copy; the next pulse starts afresh.
            wantWhole = true;
            return Rectangle2D.EMPTY;
        }
        wantWhole = false;
        if (regionX == 0 && regionY == 0 && regionWidth == width && regionHeight == height) {
            return null; // null means "all of it" and spares an object on full-frame updates
        }
        return new Rectangle2D(regionX, regionY, regionWidth, regionHeight);
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        pixels = new int[w * h];
        pixelBuffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(pixelBuffer);
        wantWhole = true;
    }

    /** The image to show, or null before the first pull. */
    WritableImage image() {
        return image;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** A copy of what is shown now (for a screenshot once the connection is gone). */
    int[] copyPixels() {
        return pixels == null ? null : pixels.clone();
    }
}
