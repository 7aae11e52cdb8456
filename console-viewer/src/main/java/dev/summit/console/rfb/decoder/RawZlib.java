package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One of the connection's zlib streams, inflated as raw deflate: its 2-byte zlib header is checked
 * and taken off here, and its Adler-32 is never computed. RFB servers sync-flush a stream at the end
 * of every rectangle and never end it, so the checksum, which only comes at the end, would never be
 * compared anyway; computing it cost about a tenth of ZRLE's decoding.
 *
 * <p>A rectangle's compressed bytes are handed over with {@link #begin} and pulled from the
 * connection a chunk at a time by {@link #feed}, so the compressed rectangle is never held whole.
 */
final class RawZlib {
    private static final int HEADER = 2;
    /** A stream that was ended (not flushed) is followed by its Adler-32, which raw inflating leaves. */
    private static final int CHECKSUM = 4;
    private static final int DEFLATE = 8;
    private static final int LARGEST_WINDOW = 7;
    private static final int PRESET_DICTIONARY = 0x20;

    private final String subject;
    private final Inflater inflater = new Inflater(true);
    private final byte[] chunk;
    private int headerLeft = HEADER;
    private int header;
    private boolean endChecked;
    private RfbInput in;
    private int unread;

    /** {@code subject} names the stream in error messages ("ZRLE stream", "Tight zlib stream 2"). */
    RawZlib(String subject, int chunkSize) {
        this.subject = subject;
        this.chunk = new byte[chunkSize];
    }

    /** Starts the stream afresh (Tight's reset bits): the next bytes begin with a zlib header again. */
    void reset() {
        inflater.reset();
        headerLeft = HEADER;
        header = 0;
        endChecked = false;
    }

    /** The next {@code compressedLength} bytes of {@code input} are this stream's. */
    void begin(RfbInput input, int compressedLength) {
        in = input;
        unread = compressedLength;
    }

    /** Inflates into {@code into}; 0 when it needs more input ({@link #feed}) or the stream ended. */
    int inflate(byte[] into, int offset, int length) throws RfbProtocolException {
        try {
            return inflater.inflate(into, offset, length);
        } catch (DataFormatException e) {
            throw new RfbProtocolException(subject + " is corrupt: " + e.getMessage(), e);
        }
    }

    /** Hands the inflater its next chunk; false when this rectangle's compressed bytes are used up. */
    boolean feed() throws IOException {
        if (inflater.finished()) {
            checkNothingAfterEnd();
            return false;
        }
        if (!inflater.needsInput() || unread == 0) {
            return false;
        }
        int n = Math.min(chunk.length, unread);
        in.readFully(chunk, 0, n);
        unread -= n;
        int offset = 0;
        while (headerLeft > 0 && offset < n) {
            header = header << 8 | (chunk[offset++] & 0xFF);
            if (--headerLeft == 0) {
                checkHeader();
            }
        }
        inflater.setInput(chunk, offset, n - offset);
        return true;
    }

    /** A stream the server ended may carry its checksum after its end, and nothing more, now or later. */
    private void checkNothingAfterEnd() throws IOException {
        if (endChecked) {
            if (unread > 0) {
                throw new RfbProtocolException(subject + " has data after its end");
            }
            return;
        }
        endChecked = true;
        if (inflater.getRemaining() + unread > CHECKSUM) {
            throw new RfbProtocolException(subject + " has data after its end");
        }
        while (unread > 0) {
            int n = Math.min(chunk.length, unread);
            in.readFully(chunk, 0, n);
            unread -= n;
        }
    }

    /** RFC 1950: deflate, a window of at most 32 KiB, a check value dividing by 31, no preset dictionary. */
    private void checkHeader() throws RfbProtocolException {
        int method = header >>> 8;
        if ((method & 0x0F) != DEFLATE || (method >>> 4) > LARGEST_WINDOW || header % 31 != 0) {
            throw new RfbProtocolException(subject + " is corrupt: incorrect header check");
        }
        if ((header & PRESET_DICTIONARY) != 0) {
            throw new RfbProtocolException(subject + " asks for a preset dictionary");
        }
    }
}
