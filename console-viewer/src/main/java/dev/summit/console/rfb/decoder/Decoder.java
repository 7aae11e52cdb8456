package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import java.io.IOException;

/**
 * One encoding. The connection has checked that {@code rect} lies inside the framebuffer before
 * calling; the decoder reads exactly the rectangle's body and draws it. The client always asks
 * the server for 32 bits per pixel, depth 24, little-endian, red/green/blue shifts 16/8/0, so a
 * pixel on the wire is 4 bytes B,G,R,X; ZRLE's 3-byte CPIXEL is B,G,R, while Tight's TPIXEL is
 * R,G,B (its own rule, per the RFB community specification).
 * Decoders with compression state (Zlib, ZRLE, Tight) keep it for the life of the connection.
 */
public interface Decoder {
    /** The RFB encoding number this decoder handles. */
    int encoding();

    void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException;
}
