package dev.summit.console.rfb.io;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The server's byte stream, read by the connection's own reader thread. Reads block until the bytes
 * are there, so decoders are written straight through; a stream that ends mid-rectangle raises
 * {@link EOFException}, which the connection reports as a clean disconnect. Counts bytes for the
 * status line (kbit/s).
 */
public final class RfbInput {
    private final DataInputStream in;
    private long bytesRead;

    public RfbInput(InputStream in) {
        this.in = new DataInputStream(in);
    }

    public int u8() throws IOException {
        int value = in.readUnsignedByte();
        bytesRead++;
        return value;
    }

    public int u16() throws IOException {
        int value = in.readUnsignedShort();
        bytesRead += 2;
        return value;
    }

    public int s32() throws IOException {
        int value = in.readInt();
        bytesRead += 4;
        return value;
    }

    /** An unsigned 32-bit value that must fit an int (lengths); larger values are protocol errors. */
    public int u32Length(String what, int max) throws IOException {
        long value = Integer.toUnsignedLong(s32());
        if (value > max) {
            throw new RfbProtocolException(what + " of " + value + " bytes is over the limit of " + max);
        }
        return (int) value;
    }

    public void readFully(byte[] into, int offset, int length) throws IOException {
        in.readFully(into, offset, length);
        bytesRead += length;
    }

    public byte[] bytes(int length) throws IOException {
        byte[] data = new byte[length];
        readFully(data, 0, length);
        return data;
    }

    public void skip(int length) throws IOException {
        int left = length;
        while (left > 0) {
            int skipped = in.skipBytes(left);
            if (skipped <= 0) {
                throw new EOFException("stream ended while skipping " + left + " bytes");
            }
            left -= skipped;
        }
        bytesRead += length;
    }

    public long bytesRead() {
        return bytesRead;
    }
}
