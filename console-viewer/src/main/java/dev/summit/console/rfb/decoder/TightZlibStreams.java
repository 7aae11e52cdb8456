package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Tight's four zlib streams. They live as long as the connection, because the server's deflater
 * carries its dictionary from one rectangle to the next; only a reset bit in a compression-control
 * byte starts one afresh.
 *
 * <p>Compressed bytes are pulled from the connection in small chunks and inflated straight into the
 * caller's row buffer, so neither the compressed nor the inflated rectangle is ever held whole, and
 * a stream that would inflate past the rectangle is caught one byte after the rectangle's end.
 */
final class TightZlibStreams {
    static final int COUNT = 4;

    private static final int CHUNK = 8192;

    private final Inflater[] inflaters = new Inflater[COUNT];
    private final byte[] chunk = new byte[CHUNK];
    private final byte[] probe = new byte[1];

    TightZlibStreams() {
        for (int i = 0; i < COUNT; i++) {
            inflaters[i] = new Inflater();
        }
    }

    /** Bit i of {@code mask} resets stream i (the low four bits of the compression-control byte). */
    void reset(int mask) {
        for (int i = 0; i < COUNT; i++) {
            if ((mask & (1 << i)) != 0) {
                inflaters[i].reset();
            }
        }
    }

    /** The next {@code compressedLength} bytes of the connection, inflated on stream {@code id}. */
    TightBody open(int id, int compressedLength, RfbInput in) {
        return new Body(id, compressedLength, in);
    }

    private final class Body implements TightBody {
        private final int id;
        private final Inflater inflater;
        private final RfbInput in;
        private int unread;

        Body(int id, int compressedLength, RfbInput in) {
            this.id = id;
            this.inflater = inflaters[id];
            this.in = in;
            this.unread = compressedLength;
        }

        @Override
        public void read(byte[] into, int length) throws IOException {
            int done = 0;
            while (done < length) {
                int n = inflate(into, done, length - done);
                if (n > 0) {
                    done += n;
                } else if (!feed()) {
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
                if (inflate(probe, 0, 1) > 0) {
                    throw new RfbProtocolException("Tight zlib stream " + id + " inflates beyond its rectangle");
                }
                if (!feed()) {
                    return;
                }
            }
        }

        private int inflate(byte[] into, int offset, int length) throws RfbProtocolException {
            try {
                int n = inflater.inflate(into, offset, length);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new RfbProtocolException("Tight zlib stream " + id + " asks for a preset dictionary");
                }
                return n;
            } catch (DataFormatException e) {
                throw new RfbProtocolException("Tight zlib stream " + id + " is corrupt: " + e.getMessage(), e);
            }
        }

        /** Hands the inflater its next chunk; false when this rectangle's compressed bytes are used up. */
        private boolean feed() throws IOException {
            if (inflater.finished()) {
                // A stream the server ended (rather than flushed) may carry nothing after its end.
                if (unread > 0 || inflater.getRemaining() > 0) {
                    throw new RfbProtocolException("Tight zlib stream " + id + " has data after its end");
                }
                return false;
            }
            if (!inflater.needsInput() || unread == 0) {
                return false;
            }
            int n = Math.min(CHUNK, unread);
            in.readFully(chunk, 0, n);
            unread -= n;
            inflater.setInput(chunk, 0, n);
            return true;
        }
    }
}
