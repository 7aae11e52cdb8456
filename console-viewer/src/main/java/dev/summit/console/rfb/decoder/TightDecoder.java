package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * Tight (encoding 7): fill, JPEG, and basic compression with the copy, palette and gradient
 * filters over four persistent zlib streams. The client's pixel format (32 bpp, depth 24, 8-bit
 * channels) makes every TPIXEL three bytes R, G, B.
 *
 * <p>Basic bodies are decoded one row at a time into the framebuffer, so a rectangle never costs
 * more memory than a row, and every count the server sends is checked against the rectangle.
 *
 * <p>The spec caps Tight rectangles at 2048 pixels wide "to reduce implementation complexity", and
 * TigerVNC enforces it; but x11vnc, wayvnc, kvmd and QEMU's forced-JPEG path send wider ones on big
 * screens, which then fail to connect. Row-at-a-time decoding has no width-dependent state, and the
 * rectangle already lies inside the (bounded) screen, so wider rectangles are simply accepted.
 */
public final class TightDecoder implements Decoder {
    public static final int ENCODING = 7;

    private static final int FILTER_COPY = 0;
    private static final int FILTER_PALETTE = 1;
    private static final int FILTER_GRADIENT = 2;

    /** Bits of the compression kind (high nibble) in basic compression. */
    private static final int EXPLICIT_FILTER = 0x4;
    private static final int STREAM_MASK = 0x3;

    private final TightZlibStreams streams = new TightZlibStreams();
    private final TightImageBodies images;

    public TightDecoder() {
        this(JpegCodec.best());
    }

    TightDecoder(JpegCodec jpeg) {
        images = new TightImageBodies(jpeg);
    }

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        // The connection checks this too; checking here keeps the decoder safe on its own.
        framebuffer.checkInside(rect);
        int control = in.u8();
        // Resets apply whatever the compression kind, fills and JPEGs included.
        streams.reset(control & 0x0F);
        int kind = control >>> 4;
        if (kind == TightWire.FILL) {
            TightWire.fill(rect, in, framebuffer);
        } else if (kind == TightWire.JPEG) {
            images.jpeg(rect, in, framebuffer);
        } else if ((kind & 0x8) == 0) {
            basic(rect, kind, in, framebuffer);
        } else {
            // 0xA is PNG (TightPNG only) or "basic without zlib", which we never advertise.
            throw new RfbProtocolException("Tight compression-control " + TightWire.hex(control) + " is not allowed");
        }
    }

    private void basic(Rect rect, int kind, RfbInput in, Framebuffer framebuffer) throws IOException {
        int filter = (kind & EXPLICIT_FILTER) != 0 ? in.u8() : FILTER_COPY;
        int stream = kind & STREAM_MASK;
        switch (filter) {
            case FILTER_COPY -> copy(rect, body(rect, stream, rect.width() * TightWire.TPIXEL_BYTES, in), framebuffer);
            case FILTER_GRADIENT -> gradient(rect, body(rect, stream, rect.width() * TightWire.TPIXEL_BYTES, in), framebuffer);
            case FILTER_PALETTE -> palette(rect, stream, in, framebuffer);
            default -> throw new RfbProtocolException("Tight filter " + filter + " does not exist");
        }
    }

    /**
     * The body for {@code rect.height()} rows of {@code rowBytes}: as is when the whole is under 12
     * bytes, else a compact length and that many zlib bytes. A deflater never emits much more than
     * its input (zlib's own bound is input + input/4096 + a few bytes, plus the per-rectangle flush),
     * so a length beyond a generous version of that bound is refused before anything is read.
     */
    private TightBody body(Rect rect, int stream, int rowBytes, RfbInput in) throws IOException {
        long size = (long) rowBytes * rect.height();
        if (size < TightWire.MIN_TO_COMPRESS) {
            return (into, length) -> in.readFully(into, 0, length);
        }
        int compressed = TightWire.readCompactLength(in);
        long bound = size + (size >> 10) + 64;
        if (compressed > bound) {
            throw new RfbProtocolException("Tight zlib length " + compressed + " is too large for "
                    + size + " bytes of pixel data (at most " + bound + ")");
        }
        return streams.open(stream, compressed, in);
    }

    private static void copy(Rect rect, TightBody body, Framebuffer framebuffer) throws IOException {
        int w = rect.width();
        byte[] row = new byte[w * TightWire.TPIXEL_BYTES];
        int[] pixels = new int[w];
        for (int y = 0; y < rect.height(); y++) {
            body.read(row, row.length);
            for (int x = 0; x < w; x++) {
                pixels[x] = Pixels.fromTpixel(row, x * TightWire.TPIXEL_BYTES);
            }
            framebuffer.put(rect.x(), rect.y() + y, w, 1, pixels, 0);
        }
        body.finish();
    }

    /**
     * Each channel was sent as its difference from a prediction: left + above - above-left,
     * clamped to 0..255, with everything outside the rectangle taken as zero. Undoing it needs
     * only the previous row.
     */
    private static void gradient(Rect rect, TightBody body, Framebuffer framebuffer) throws IOException {
        int w = rect.width();
        int rowBytes = w * TightWire.TPIXEL_BYTES;
        byte[] row = new byte[rowBytes];
        int[] above = new int[rowBytes];
        int[] current = new int[rowBytes];
        int[] pixels = new int[w];
        for (int y = 0; y < rect.height(); y++) {
            body.read(row, rowBytes);
            for (int i = 0; i < rowBytes; i++) {
                boolean first = i < TightWire.TPIXEL_BYTES;
                int left = first ? 0 : current[i - TightWire.TPIXEL_BYTES];
                int aboveLeft = first ? 0 : above[i - TightWire.TPIXEL_BYTES];
                int prediction = Math.max(0, Math.min(255, left + above[i] - aboveLeft));
                current[i] = (prediction + row[i]) & 0xFF;
            }
            for (int x = 0, i = 0; x < w; x++, i += TightWire.TPIXEL_BYTES) {
                pixels[x] = 0xFF000000 | current[i] << 16 | current[i + 1] << 8 | current[i + 2];
            }
            framebuffer.put(rect.x(), rect.y() + y, w, 1, pixels, 0);
            int[] swap = above;
            above = current;
            current = swap;
        }
        body.finish();
    }

    /**
     * A palette of 2..256 TPIXELs, then one index per pixel: a bit each (most significant bit is the
     * leftmost pixel, rows padded to a byte) for two colours, a byte each otherwise.
     */
    private void palette(Rect rect, int stream, RfbInput in, Framebuffer framebuffer) throws IOException {
        int colours = in.u8() + 1;
        if (colours < 2) {
            // The wire can say 1..256; the spec allows 2..256, and servers send a fill for one colour.
            throw new RfbProtocolException("Tight palette of " + colours + " colour; it must hold 2 to 256");
        }
        byte[] raw = in.bytes(colours * TightWire.TPIXEL_BYTES);
        int[] palette = new int[colours];
        for (int i = 0; i < colours; i++) {
            palette[i] = Pixels.fromTpixel(raw, i * TightWire.TPIXEL_BYTES);
        }
        int w = rect.width();
        boolean mono = colours == 2;
        int rowBytes = mono ? (w + 7) / 8 : w;
        TightBody body = body(rect, stream, rowBytes, in);
        byte[] row = new byte[rowBytes];
        int[] pixels = new int[w];
        for (int y = 0; y < rect.height(); y++) {
            body.read(row, rowBytes);
            if (mono) {
                for (int x = 0; x < w; x++) {
                    pixels[x] = palette[(row[x >> 3] >> (7 - (x & 7))) & 1];
                }
            } else {
                for (int x = 0; x < w; x++) {
                    int index = row[x] & 0xFF;
                    if (index >= colours) {
                        throw new RfbProtocolException("Tight palette index " + index + " is beyond its "
                                + colours + " colours");
                    }
                    pixels[x] = palette[index];
                }
            }
            framebuffer.put(rect.x(), rect.y() + y, w, 1, pixels, 0);
        }
        body.finish();
    }
}
