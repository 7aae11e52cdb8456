package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * TightPNG (encoding -260): Tight's fill and JPEG plus a PNG kind in place of basic compression.
 * There is no zlib state, so the reset bits of the compression-control byte have nothing to reset;
 * a basic-compression byte is a protocol error because this encoding forbids it.
 */
public final class TightPngDecoder implements Decoder {
    public static final int ENCODING = -260;

    private final TightImageBodies images;

    public TightPngDecoder() {
        this(JpegCodec.best());
    }

    TightPngDecoder(JpegCodec jpeg) {
        images = new TightImageBodies(jpeg);
    }

    @Override
    public int encoding() {
        return ENCODING;
    }

    @Override
    public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
        framebuffer.checkInside(rect);
        int control = in.u8();
        int kind = control >>> 4;
        switch (kind) {
            case TightWire.FILL -> TightWire.fill(rect, in, framebuffer);
            case TightWire.JPEG -> images.jpeg(rect, in, framebuffer);
            case TightWire.PNG -> images.png(rect, in, framebuffer);
            default -> throw new RfbProtocolException("TightPNG compression-control " + TightWire.hex(control)
                    + ((kind & 0x8) == 0 ? " asks for basic compression, which TightPNG forbids" : " is not allowed"));
        }
    }
}
