package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * The pieces of the Tight wire format that Tight and TightPNG share: the compression-control
 * byte's meaning, the compact length, TPIXEL and the fill body (images: {@link TightImageBodies}).
 */
final class TightWire {
    /** Compression kinds: the high four bits of the compression-control byte. */
    static final int FILL = 0x8;
    static final int JPEG = 0x9;
    static final int PNG = 0xA;

    /** Filtered data shorter than this is sent as is, without zlib and without a length. */
    static final int MIN_TO_COMPRESS = 12;

    /** The largest value three compact-length bytes can carry (7 + 7 + 8 bits). */
    static final int MAX_COMPACT_LENGTH = (1 << 22) - 1;

    static final int TPIXEL_BYTES = 3;

    private TightWire() {
    }

    /**
     * The 1–3 byte length: 7 bits per byte, low bits first, the top bit asking for another byte;
     * the third byte contributes all 8 bits, so nothing larger than {@link #MAX_COMPACT_LENGTH}
     * can be expressed.
     */
    static int readCompactLength(RfbInput in) throws IOException {
        int b = in.u8();
        int length = b & 0x7F;
        if ((b & 0x80) != 0) {
            b = in.u8();
            length |= (b & 0x7F) << 7;
            if ((b & 0x80) != 0) {
                length |= in.u8() << 14;
            }
        }
        return length;
    }

    /** FillCompression: one TPIXEL for the whole rectangle. */
    static void fill(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        byte[] pixel = new byte[TPIXEL_BYTES];
        in.readFully(pixel, 0, TPIXEL_BYTES);
        framebuffer.fill(rect.x(), rect.y(), rect.width(), rect.height(), Pixels.fromTpixel(pixel, 0));
    }

    static String hex(int value) {
        return String.format("0x%02X", value);
    }
}
