package dev.summit.app.bench.console;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes what an RFB 3.8 server without authentication sends, for streams built rather than
 * recorded: the handshake and ServerInit in the client's own pixel format (32 bpp, depth 24,
 * little-endian, red/green/blue at 16/8/0), then FramebufferUpdates.
 */
final class ServerStream {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long updates;

    ServerStream(int width, int height) {
        out.writeBytes("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
        u8(1); // one security type…
        u8(1); // …None
        u32(0); // SecurityResult: OK
        u16(width);
        u16(height);
        u8(32); // bits per pixel
        u8(24); // depth
        u8(0); // little-endian
        u8(1); // true colour
        u16(255);
        u16(255);
        u16(255);
        u8(16);
        u8(8);
        u8(0);
        out.writeBytes(new byte[3]);
        byte[] name = "built".getBytes(StandardCharsets.UTF_8);
        u32(name.length);
        out.writeBytes(name);
    }

    /** Starts a FramebufferUpdate of {@code rects} rectangles; each follows with {@link #rect}. */
    ServerStream update(int rects) {
        updates++;
        u8(0);
        u8(0);
        u16(rects);
        return this;
    }

    ServerStream rect(int x, int y, int w, int h, int encoding, byte[] body) {
        u16(x);
        u16(y);
        u16(w);
        u16(h);
        u32(encoding);
        out.writeBytes(body);
        return this;
    }

    /** The stream so far and how many updates it holds. */
    BuiltStreams.Built built() {
        return new BuiltStreams.Built(out.toByteArray(), updates);
    }

    private void u8(int v) {
        out.write(v);
    }

    private void u16(int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private void u32(int v) {
        u16(v >>> 16);
        u16(v & 0xFFFF);
    }
}
