package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * The one zlib stream that Zlib or ZRLE keeps for the life of a connection (the server's deflater
 * carries its dictionary from rectangle to rectangle), fed one rectangle's length-prefixed chunk at
 * a time.
 *
 * <p>Compressed bytes are pulled from the connection in chunks ({@link RawZlib}) and inflated into a
 * window, so neither the compressed nor the inflated rectangle is ever held whole. The server
 * sync-flushes at the end of every rectangle, so a chunk inflates to exactly its rectangle: one that
 * runs short, or inflates further (a zlib bomb, or a stream out of step), is refused.
 */
final class ZlibStream implements ByteSource {
    private static final int CHUNK = 65536;
    private static final int WINDOW = 65536;

    private final String owner;
    private final RawZlib zlib;
    private final byte[] inflated = new byte[WINDOW];
    private final byte[] probe = new byte[1];
    private int position;
    private int limit;

    /** {@code owner} names the encoding in error messages. */
    ZlibStream(String owner) {
        this.owner = owner;
        this.zlib = new RawZlib(owner + " stream", CHUNK);
    }

    /**
     * Reads a chunk's U32 length and starts on its bytes. Deflate never grows data by more than a
     * few bytes per 16 KiB block plus its flush markers, so a chunk much longer than the most its
     * rectangle can inflate to is refused before any of it is read.
     */
    void open(RfbInput input, long inflatedAtMost) throws IOException {
        long bound = inflatedAtMost + (inflatedAtMost >> 7) + 1024;
        zlib.begin(input, input.u32Length(owner + " data", (int) Math.min(bound, Integer.MAX_VALUE - 8)));
        position = 0;
        limit = 0;
    }

    int u8() throws IOException {
        if (position == limit) {
            refill();
        }
        return inflated[position++] & 0xFF;
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            if (position == limit) {
                refill();
            }
            int n = Math.min(length - done, limit - position);
            System.arraycopy(inflated, position, into, offset + done, n);
            position += n;
            done += n;
        }
    }

    /** After the rectangle's last byte: consumes the rest of the chunk, which may inflate to nothing. */
    void close() throws IOException {
        if (position < limit) {
            throw beyond();
        }
        while (true) {
            if (zlib.inflate(probe, 0, 1) > 0) {
                throw beyond();
            }
            if (!zlib.feed()) {
                return;
            }
        }
    }

    private void refill() throws IOException {
        while (true) {
            int n = zlib.inflate(inflated, 0, WINDOW);
            if (n > 0) {
                position = 0;
                limit = n;
                return;
            }
            if (!zlib.feed()) {
                throw new RfbProtocolException(owner + " data ran out before the end of its rectangle");
            }
        }
    }

    private RfbProtocolException beyond() {
        return new RfbProtocolException(owner + " data inflates beyond its rectangle");
    }
}
