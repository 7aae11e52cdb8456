package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;

/**
 * Tight's four zlib streams. They live as long as the connection, because the server's deflater
 * carries its dictionary from one rectangle to the next; only a reset bit in a compression-control
 * byte starts one afresh.
 *
 * <p>Compressed bytes are pulled from the connection in chunks ({@link RawZlib}) and inflated straight into the
 * caller's row buffer, so neither the compressed nor the inflated rectangle is ever held whole, and
 * a stream that would inflate past the rectangle is caught one byte after the rectangle's end.
 */
final class TightZlibStreams {
    static final int COUNT = 4;

    private static final int CHUNK = 65536;

    private final RawZlib[] streams = new RawZlib[COUNT];
    private final byte[] probe = new byte[1];

    TightZlibStreams() {
        for (int i = 0; i < COUNT; i++) {
            streams[i] = new RawZlib("Tight zlib stream " + i, CHUNK);
        }
    }

    /** Bit i of {@code mask} resets stream i (the low four bits of the compression-control byte). */
    void reset(int mask) {
        for (int i = 0; i < COUNT; i++) {
            if ((mask & (1 << i)) != 0) {
                streams[i].reset();
            }
        }
    }

    /** The next {@code compressedLength} bytes of the connection, inflated on stream {@code id}. */
    TightBody open(int id, int compressedLength, RfbInput in) {
        streams[id].begin(in, compressedLength);
        return new Body(id, streams[id]);
    }

    private final class Body implements TightBody {
        private final int id;
        private final RawZlib zlib;

        Body(int id, RawZlib zlib) {
            this.id = id;
            this.zlib = zlib;
        }

        @Override
        public void read(byte[] into, int length) throws IOException {
            int done = 0;
            while (done < length) {
                int n = zlib.inflate(into, done, length - done);
                if (n > 0) {
                    done += n;
                } else if (!zlib.feed()) {
                    throw new RfbProtocolException("Tight zlib stream " + id + " ran out " + (length - done)
                            + " bytes before the end of its rectangle");
                }
            }
        }

        @Override
        public void finish() throws IOException {
            // The server flushes its deflater at the end of every rectangle, so whatever compressed
            // bytes remain may only be flush markers; one more inflated byte is a bomb or a lie.
            while (true) {
                if (zlib.inflate(probe, 0, 1) > 0) {
                    throw new RfbProtocolException("Tight zlib stream " + id + " inflates beyond its rectangle");
                }
                if (!zlib.feed()) {
                    return;
                }
            }
        }
    }
}
