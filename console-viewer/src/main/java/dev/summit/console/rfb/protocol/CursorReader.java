package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.decoder.Pixels;
import dev.summit.console.rfb.decoder.Rect;
import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * The Cursor pseudo-encoding: width × height pixels in our pixel format, then a 1-bit mask (rows
 * padded to whole bytes, most significant bit first) saying which pixels are opaque.
 */
final class CursorReader {
    private CursorReader() {
    }

    static CursorShape read(Rect rect, RfbInput in) throws IOException {
        int w = rect.width();
        int h = rect.height();
        if (w > Limits.CURSOR_SIDE || h > Limits.CURSOR_SIDE) {
            throw new RfbProtocolException("cursor of " + w + "×" + h + " is over the limit of " + Limits.CURSOR_SIDE);
        }
        if (w == 0 || h == 0) {
            return new CursorShape(0, 0, 0, 0, new int[0]);
        }
        byte[] pixels = in.bytes(w * h * 4);
        int maskStride = (w + 7) / 8;
        byte[] mask = in.bytes(maskStride * h);
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean opaque = (mask[y * maskStride + x / 8] & (0x80 >>> (x % 8))) != 0;
                int i = y * w + x;
                argb[i] = opaque ? Pixels.fromPixel(pixels, i * 4) : 0;
            }
        }
        // The hotspot travels in the rectangle's x and y.
        int hotX = Math.min(rect.x(), w - 1);
        int hotY = Math.min(rect.y(), h - 1);
        return new CursorShape(w, h, hotX, hotY, argb);
    }
}
