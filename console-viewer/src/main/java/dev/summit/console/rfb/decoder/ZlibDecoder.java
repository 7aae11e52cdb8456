package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import java.io.IOException;

/** Zlib (encoding 6): Raw pixel data through the connection's one zlib stream, a chunk per rectangle. */
public final class ZlibDecoder implements Decoder {
    public static final int ENCODING = 6;

    private final ZlibStream stream = new ZlibStream("Zlib");
    private final RawRows rows = new RawRows();

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        framebuffer.checkInside(rect);
        stream.open(in, rect.area() * RawRows.PIXEL_BYTES);
        rows.draw(rect, stream, framebuffer);
        stream.close();
    }
}
