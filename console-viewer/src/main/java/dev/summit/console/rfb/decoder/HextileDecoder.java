package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.util.Arrays;

/**
 * Hextile (encoding 5): 16×16 tiles, left to right and top to bottom, each either raw pixels or a
 * background with subrectangles in one foreground colour or each in its own.
 *
 * <p>A row of tiles is drawn into a strip the width of the rectangle and handed to the framebuffer
 * in one call, so a full screen costs one synchronized call per 16 rows rather than one per tile.
 *
 * <p>Background and foreground carry over from tile to tile within a rectangle. The spec says a
 * server must re-send them after a raw tile (and the foreground after a tile of coloured
 * subrectangles), but a server that forgets means the colours it last sent, so those are kept,
 * as TigerVNC and noVNC do; a rectangle that never names a colour gets black.
 */
public final class HextileDecoder implements Decoder {
    public static final int ENCODING = 5;

    private static final int RAW = 1;
    private static final int BACKGROUND_SPECIFIED = 2;
    private static final int FOREGROUND_SPECIFIED = 4;
    private static final int ANY_SUBRECTS = 8;
    private static final int SUBRECTS_COLOURED = 16;
    /** Bits no Hextile tile may set: whatever they announce, we cannot know how many bytes follow. */
    private static final int UNDEFINED_BITS = 0xE0;

    private static final int TILE = 16;
    private static final int PIXEL = RawRows.PIXEL_BYTES;
    private static final int BLACK = 0xFF000000;

    private final byte[] bytes = new byte[Math.max(TILE * TILE * PIXEL, 255 * (PIXEL + 2))];
    private int[] strip = new int[0];

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        framebuffer.checkInside(rect);
        int w = rect.width();
        int h = rect.height();
        if (w == 0 || h == 0) {
            return;
        }
        if (strip.length < TILE * w) {
            strip = new int[TILE * w];
        }
        int background = BLACK;
        int foreground = BLACK;
        for (int ty = 0; ty < h; ty += TILE) {
            int th = Math.min(TILE, h - ty);
            for (int tx = 0; tx < w; tx += TILE) {
                int tw = Math.min(TILE, w - tx);
                int mask = in.u8();
                if ((mask & UNDEFINED_BITS) != 0) {
                    throw new RfbProtocolException("Hextile subencoding " + TightWire.hex(mask) + " of the tile at "
                            + (rect.x() + tx) + "," + (rect.y() + ty) + " sets undefined bits");
                }
                if ((mask & RAW) != 0) {
                    raw(in, tx, tw, th, w);
                    continue;
                }
                if ((mask & BACKGROUND_SPECIFIED) != 0) {
                    background = pixel(in);
                }
                if ((mask & FOREGROUND_SPECIFIED) != 0) {
                    foreground = pixel(in);
                }
                fill(tx, 0, tw, th, w, background);
                if ((mask & ANY_SUBRECTS) != 0) {
                    subrects(in, (mask & SUBRECTS_COLOURED) != 0, foreground, tx, tw, th, w);
                }
            }
            framebuffer.put(rect.x(), rect.y() + ty, w, th, strip, 0);
        }
    }

    private void raw(RfbInput in, int tx, int tw, int th, int stride) throws IOException {
        in.readFully(bytes, 0, tw * th * PIXEL);
        for (int y = 0, offset = 0; y < th; y++) {
            int start = y * stride + tx;
            for (int x = 0; x < tw; x++, offset += PIXEL) {
                strip[start + x] = Pixels.fromPixel(bytes, offset);
            }
        }
    }

    /** Subrectangles are read in one go (at most 255 × 6 bytes), then checked and drawn one by one. */
    private void subrects(RfbInput in, boolean coloured, int foreground, int tx, int tw, int th, int stride)
            throws IOException {
        int count = in.u8();
        int size = coloured ? PIXEL + 2 : 2;
        in.readFully(bytes, 0, count * size);
        for (int i = 0, offset = 0; i < count; i++, offset += size) {
            int colour = foreground;
            if (coloured) {
                colour = Pixels.fromPixel(bytes, offset);
            }
            int position = bytes[offset + size - 2] & 0xFF;
            int dimensions = bytes[offset + size - 1] & 0xFF;
            int x = position >>> 4;
            int y = position & 0xF;
            int w = (dimensions >>> 4) + 1;
            int h = (dimensions & 0xF) + 1;
            if (x + w > tw || y + h > th) {
                throw new RfbProtocolException("Hextile subrectangle " + w + "×" + h + " at " + x + "," + y
                        + " does not fit its " + tw + "×" + th + " tile");
            }
            fill(tx + x, y, w, h, stride, colour);
        }
    }

    private void fill(int x, int y, int w, int h, int stride, int argb) {
        for (int row = y; row < y + h; row++) {
            int start = row * stride + x;
            Arrays.fill(strip, start, start + w, argb);
        }
    }

    private int pixel(RfbInput in) throws IOException {
        in.readFully(bytes, 0, PIXEL);
        return Pixels.fromPixel(bytes, 0);
    }
}
