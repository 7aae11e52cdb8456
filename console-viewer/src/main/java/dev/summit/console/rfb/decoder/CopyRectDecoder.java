package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * CopyRect (encoding 1): the rectangle is a copy of another part of the screen, named by its top
 * left corner. The source may overlap the destination; {@link Framebuffer#copy} copies as if
 * through a temporary, as the spec's "copy from the current framebuffer" requires.
 */
public final class CopyRectDecoder implements Decoder {
    public static final int ENCODING = 1;

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        framebuffer.checkInside(rect);
        int srcX = in.u16();
        int srcY = in.u16();
        if (srcX + rect.width() > framebuffer.width() || srcY + rect.height() > framebuffer.height()) {
            throw new RfbProtocolException("CopyRect source " + rect.width() + "×" + rect.height() + " at " + srcX + ","
                    + srcY + " lies outside the " + framebuffer.width() + "×" + framebuffer.height() + " screen");
        }
        if (rect.width() > 0 && rect.height() > 0) {
            framebuffer.copy(srcX, srcY, rect.x(), rect.y(), rect.width(), rect.height());
        }
    }
}
