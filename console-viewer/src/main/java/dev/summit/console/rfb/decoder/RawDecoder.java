package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import java.io.IOException;

/** Raw (encoding 0): width × height pixels, nothing else; every server can send it. */
public final class RawDecoder implements Decoder {
    public static final int ENCODING = 0;

    private final RawRows rows = new RawRows();

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        // The connection checks this too; checking here keeps the decoder safe on its own.
        framebuffer.checkInside(rect);
        rows.draw(rect, in::readFully, framebuffer);
    }
}
