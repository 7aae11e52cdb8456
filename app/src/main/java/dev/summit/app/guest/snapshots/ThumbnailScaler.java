package dev.summit.app.guest.snapshots;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A guest's screen, as QEMU hands it over (PNG from QEMU 7.1 on, PPM before), made into a small PNG.
 * Pixels are copied by hand (nearest pixel), so no AWT toolkit starts inside the JavaFX process.
 */
final class ThumbnailScaler {
    private ThumbnailScaler() {
    }

    static Optional<byte[]> png(byte[] screen, int maxWidth) throws IOException {
        Optional<BufferedImage> image = decode(screen);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        BufferedImage source = image.get();
        int width = Math.min(maxWidth, source.getWidth());
        int height = Math.max(1, (int) ((long) source.getHeight() * width / source.getWidth()));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            int sy = (int) ((long) y * source.getHeight() / height);
            for (int x = 0; x < width; x++) {
                small.setRGB(x, y, source.getRGB((int) ((long) x * source.getWidth() / width), sy));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, "png", out);
        return Optional.of(out.toByteArray());
    }

    private static Optional<BufferedImage> decode(byte[] screen) throws IOException {
        Optional<Ppm> ppm = Ppm.read(screen);
        if (ppm.isPresent()) {
            Ppm p = ppm.get();
            BufferedImage image = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    image.setRGB(x, y, p.argb(x, y));
                }
            }
            return Optional.of(image);
        }
        return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(screen)));
    }
}
