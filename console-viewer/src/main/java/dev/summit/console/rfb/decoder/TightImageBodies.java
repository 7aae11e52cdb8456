package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * JpegCompression / PngCompression bodies: a compact length, then a complete image file that must be
 * exactly the rectangle's size. The whole file is read before decoding, as both codecs need it, into
 * a buffer kept for the next image; the compact length bounds it to 4 MiB.
 */
final class TightImageBodies {
    private final JpegCodec jpeg;
    private byte[] buffer = new byte[0];

    TightImageBodies(JpegCodec jpeg) {
        this.jpeg = jpeg;
    }

    void jpeg(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        int length = read(in, TightImages.JPEG);
        jpeg.draw(buffer, length, rect, framebuffer);
    }

    void png(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        int length = read(in, TightImages.PNG);
        TightImages.draw(buffer, length, TightImages.PNG, rect, framebuffer);
    }

    private int read(RfbInput in, String format) throws IOException {
        int length = TightWire.readCompactLength(in);
        if (length == 0) {
            throw new RfbProtocolException("Tight " + format + " rectangle has an empty image");
        }
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, 2 * buffer.length)];
        }
        in.readFully(buffer, 0, length);
        return length;
    }
}
