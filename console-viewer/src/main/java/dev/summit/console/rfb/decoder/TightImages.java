package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * JPEG and PNG bodies through javax.imageio (the JDK's own codecs; JavaFX stays out of the
 * protocol code). The image's declared size is read from its header and compared with the
 * rectangle before the raster is decoded, so a tiny file claiming a huge picture costs nothing.
 */
final class TightImages {
    static final String JPEG = "jpeg";
    static final String PNG = "png";

    private TightImages() {
    }

    /**
     * Decodes the image and draws it at {@code rect}, a row at a time so the only full-size buffer
     * is the codec's own raster; any failure is a protocol error.
     */
    static void draw(byte[] data, int length, String format, Rect rect, Framebuffer framebuffer) throws RfbProtocolException {
        int width = rect.width();
        int height = rect.height();
        ImageReader reader = readerFor(format);
        // A memory-cached stream: ImageIO's default may spill to a temporary file, which a viewer
        // has no business doing with screen contents.
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(data, 0, length))) {
            reader.setInput(stream, true, true);
            int imageWidth = reader.getWidth(0);
            int imageHeight = reader.getHeight(0);
            if (imageWidth != width || imageHeight != height) {
                throw new RfbProtocolException("Tight " + format + " image is " + imageWidth + "×" + imageHeight
                        + " but its rectangle is " + width + "×" + height);
            }
            BufferedImage image = reader.read(0);
            if (image.getWidth() != width || image.getHeight() != height) {
                throw new RfbProtocolException("Tight " + format + " image decoded to " + image.getWidth() + "×"
                        + image.getHeight() + " instead of " + width + "×" + height);
            }
            int[] row = new int[width];
            boolean direct = isThreeByteInterleaved(image);
            for (int y = 0; y < height; y++) {
                if (direct) {
                    copyRow(image, y, row);
                } else {
                    image.getRGB(0, y, width, 1, row, 0, width);
                }
                // The framebuffer is opaque; a PNG's alpha channel has no meaning on a remote screen.
                for (int x = 0; x < width; x++) {
                    row[x] |= 0xFF000000;
                }
                framebuffer.put(rect.x(), rect.y() + y, width, 1, row, 0);
            }
        } catch (RfbProtocolException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Codecs report corrupt data with assorted runtime exceptions as well as IIOException;
            // all of them mean the same thing here: the server sent a bad image.
            throw new RfbProtocolException("Tight " + format + " image could not be decoded: " + e, e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * JPEGs decode to three interleaved bytes a pixel (the JDK's TYPE_3BYTE_BGR). getRGB converts
     * those through the colour model one pixel at a time, which profiling showed was most of a
     * Tight console's CPU; reading the bytes straight from the raster is several times faster.
     */
    private static boolean isThreeByteInterleaved(BufferedImage image) {
        return image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getSampleModel() instanceof PixelInterleavedSampleModel model
                && model.getNumBands() == 3 && model.getPixelStride() == 3
                && image.getColorModel().getColorSpace().isCS_sRGB()
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0;
    }

    private static void copyRow(BufferedImage image, int y, int[] row) {
        PixelInterleavedSampleModel model = (PixelInterleavedSampleModel) image.getSampleModel();
        byte[] bytes = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int[] offsets = model.getBandOffsets();
        int r = offsets[0];
        int g = offsets[1];
        int b = offsets[2];
        int at = y * model.getScanlineStride();
        for (int x = 0; x < row.length; x++, at += 3) {
            row[x] = (bytes[at + r] & 0xFF) << 16 | (bytes[at + g] & 0xFF) << 8 | (bytes[at + b] & 0xFF);
        }
    }

    private static ImageReader readerFor(String format) throws RfbProtocolException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new RfbProtocolException("this Java runtime has no " + format + " decoder");
        }
        return readers.next();
    }
}
