package dev.summit.console.rfb.image;

import dev.summit.console.rfb.decoder.Framebuffer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * One picture of the remote screen, 0xAARRGGBB row by row, and its PNG. Kept free of JavaFX so the
 * headless CLI saves screenshots through the same code as the window.
 */
public record Screenshot(int width, int height, int[] argb) {
    /** A resize can race a copy; a handful of tries is plenty, as screens do not resize that often. */
    private static final int COPY_ATTEMPTS = 5;

    public Screenshot {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " screenshot needs "
                    + (long) width * height + " pixels, not " + argb.length);
        }
    }

    /** Copies the screen as it is now, consistent even while the reader thread draws. */
    public static Screenshot of(Framebuffer framebuffer) {
        for (int attempt = 0; attempt < COPY_ATTEMPTS; attempt++) {
            int w = framebuffer.width();
            int h = framebuffer.height();
            int[] pixels = new int[w * h];
            if (framebuffer.copyRegionTo(0, 0, w, h, pixels, w, h)) {
                return new Screenshot(w, h, pixels);
            }
        }
        throw new IllegalStateException("the screen kept changing size while it was copied");
    }

    /**
     * Writes a PNG at {@code target}. The picture goes to a temporary file beside it first, so a
     * crash or a full disk never leaves half an image under the chosen name.
     */
    public void writePng(Path target) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] raster = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, raster, 0, width * height);
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("this Java runtime has no PNG writer");
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
