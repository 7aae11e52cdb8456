package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.util.Arrays;

/**
 * ZRLE (encoding 16): 64×64 tiles, left to right and top to bottom, through the connection's one
 * zlib stream; each tile raw, solid, packed palette, plain RLE or palette RLE. Pixels are 3-byte
 * CPIXELs B,G,R (see {@link Decoder}).
 *
 * <p>A tile is decoded into a 64×64 buffer and drawn in one call; every palette index and run
 * length is checked against its palette and the pixels left in its tile before it is used.
 */
public final class ZrleDecoder implements Decoder {
    public static final int ENCODING = 16;

    private static final int TILE = 64;
    private static final int CPIXEL = 3;
    private static final int RAW = 0;
    private static final int SOLID = 1;
    private static final int MAX_PACKED_PALETTE = 16;
    private static final int PLAIN_RLE = 128;
    /** Palette RLE subencodings are this plus the palette size (2…127); one more than it is undefined. */
    private static final int PALETTE_RLE_BASE = 128;
    private static final int MAX_PALETTE = 127;

    private final ZlibStream stream = new ZlibStream("ZRLE");
    private final int[] tile = new int[TILE * TILE];
    private final int[] palette = new int[MAX_PALETTE];
    private final byte[] bytes = new byte[TILE * TILE * CPIXEL];

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        framebuffer.checkInside(rect);
        stream.open(in, inflatedAtMost(rect));
        for (int ty = 0; ty < rect.height(); ty += TILE) {
            int th = Math.min(TILE, rect.height() - ty);
            for (int tx = 0; tx < rect.width(); tx += TILE) {
                int tw = Math.min(TILE, rect.width() - tx);
                tile(rect.x() + tx, rect.y() + ty, tw, th, framebuffer);
            }
        }
        stream.close();
    }

    /**
     * No tile can take more than its subencoding byte and a full palette plus four bytes a pixel
     * (plain RLE's worst case: a CPIXEL and a length byte for every pixel).
     */
    static long inflatedAtMost(Rect rect) {
        long tiles = (long) ((rect.width() + TILE - 1) / TILE) * ((rect.height() + TILE - 1) / TILE);
        return tiles * (1 + MAX_PALETTE * CPIXEL) + rect.area() * 4;
    }

    private void tile(int x, int y, int w, int h, Framebuffer framebuffer) throws IOException {
        int subencoding = stream.u8();
        if (subencoding == SOLID) {
            framebuffer.fill(x, y, w, h, cpixel());
            return;
        }
        if (subencoding == RAW) {
            raw(w * h);
        } else if (subencoding <= MAX_PACKED_PALETTE) {
            packed(readPalette(subencoding), w, h);
        } else if (subencoding == PLAIN_RLE) {
            plainRle(w * h);
        } else if (subencoding > PALETTE_RLE_BASE + 1) {
            paletteRle(readPalette(subencoding - PALETTE_RLE_BASE), w * h);
        } else {
            throw new RfbProtocolException("ZRLE subencoding " + subencoding + " of the tile at " + x + "," + y
                    + " is not defined");
        }
        framebuffer.put(x, y, w, h, tile, 0);
    }

    private void raw(int count) throws IOException {
        stream.readFully(bytes, 0, count * CPIXEL);
        for (int i = 0, offset = 0; i < count; i++, offset += CPIXEL) {
            tile[i] = Pixels.fromCpixel(bytes, offset);
        }
    }

    private int readPalette(int size) throws IOException {
        stream.readFully(bytes, 0, size * CPIXEL);
        for (int i = 0; i < size; i++) {
            palette[i] = Pixels.fromCpixel(bytes, i * CPIXEL);
        }
        return size;
    }

    /** Indices of 1, 2 or 4 bits, leftmost pixel in the high bits, each row padded to a byte. */
    private void packed(int size, int w, int h) throws IOException {
        int bits = size == 2 ? 1 : size <= 4 ? 2 : 4;
        int mask = (1 << bits) - 1;
        int rowBytes = (w * bits + 7) / 8;
        stream.readFully(bytes, 0, rowBytes * h);
        for (int y = 0, i = 0; y < h; y++) {
            int row = y * rowBytes;
            for (int x = 0; x < w; x++, i++) {
                int bit = x * bits;
                int index = (bytes[row + (bit >>> 3)] >>> (8 - bits - (bit & 7))) & mask;
                if (index >= size) {
                    throw badIndex(index, size);
                }
                tile[i] = palette[index];
            }
        }
    }

    private void plainRle(int count) throws IOException {
        for (int i = 0; i < count; ) {
            int colour = cpixel();
            int run = runLength(count - i);
            Arrays.fill(tile, i, i + run, colour);
            i += run;
        }
    }

    /** A byte per run: its low seven bits the index, its top bit saying a run length follows. */
    private void paletteRle(int size, int count) throws IOException {
        for (int i = 0; i < count; ) {
            int b = stream.u8();
            int index = b & 0x7F;
            if (index >= size) {
                throw badIndex(index, size);
            }
            int run = (b & 0x80) != 0 ? runLength(count - i) : 1;
            Arrays.fill(tile, i, i + run, palette[index]);
            i += run;
        }
    }

    /** One more than the sum of its bytes, every byte but the last being 255; checked as it grows. */
    private int runLength(int left) throws IOException {
        int length = 1;
        int b;
        do {
            b = stream.u8();
            length += b;
            if (length > left) {
                throw new RfbProtocolException("ZRLE run of " + (b == 255 ? "at least " : "") + length
                        + " pixels is longer than the " + left + " pixels left in its tile");
            }
        } while (b == 255);
        return length;
    }

    private int cpixel() throws IOException {
        int b = stream.u8();
        int g = stream.u8();
        int r = stream.u8();
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static RfbProtocolException badIndex(int index, int size) {
        return new RfbProtocolException("ZRLE palette index " + index + " is beyond its " + size + " colours");
    }
}
