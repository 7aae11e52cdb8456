package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/**
 * Builds rectangle bodies the way a server sends them in the client's pixel format: PIXEL is
 * B,G,R,X and CPIXEL B,G,R; zlib chunks are a U32 length and sync-flushed bytes of a persistent
 * stream. Shared by the Raw, CopyRect, Hextile, Zlib and ZRLE tests and the fuzz recordings.
 */
final class ServerBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static ServerBytes of() {
        return new ServerBytes();
    }

    ServerBytes u8(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    ServerBytes u16(int... values) {
        for (int v : values) {
            out.write(v >> 8);
            out.write(v);
        }
        return this;
    }

    ServerBytes u32(int value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
        return this;
    }

    ServerBytes bytes(byte[] data) {
        out.writeBytes(data);
        return this;
    }

    /** 4-byte pixels B,G,R,X of 0xRRGGBB colours; X is set to junk to prove it is ignored. */
    ServerBytes pixel(int... rgb) {
        for (int c : rgb) {
            out.write(c);
            out.write(c >> 8);
            out.write(c >> 16);
            out.write(0xA5);
        }
        return this;
    }

    /** ZRLE's 3-byte CPIXELs B,G,R of 0xRRGGBB colours. */
    ServerBytes cpixel(int... rgb) {
        for (int c : rgb) {
            out.write(c);
            out.write(c >> 8);
            out.write(c >> 16);
        }
        return this;
    }

    /** ZRLE's run length: as many 255s as fit in {@code length - 1}, then what is left. */
    ServerBytes runLength(int length) {
        for (int left = length - 1; ; left -= 255) {
            out.write(Math.min(left, 255));
            if (left < 255) {
                return this;
            }
        }
    }

    /** A zlib chunk: U32 length, then {@code data} deflated on the server's persistent stream. */
    ServerBytes zlib(Deflater server, byte[] data) {
        byte[] compressed = Wire.deflate(server, data);
        return u32(compressed.length).bytes(compressed);
    }

    byte[] build() {
        return out.toByteArray();
    }

    /** The colour {@link Framebuffer} holds for 0xRRGGBB. */
    static int argb(int rgb) {
        return 0xFF000000 | rgb;
    }
}
