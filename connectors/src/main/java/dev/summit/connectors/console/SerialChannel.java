package dev.summit.connectors.console;

import dev.summit.connectors.jna.NativeConsoleStream;
import dev.summit.connectors.xml.TextConsole;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An open guest text console: what the guest writes to its serial port (or virtio console) comes
 * out of {@link #input()}, what goes into {@link #output()} is what it reads. One thread may read
 * while another writes; {@link #close()} from any thread ends a blocked read with end-of-stream.
 */
public final class SerialChannel implements Closeable {
    private final ConsoleTarget target;
    private final TextConsole console;
    private final NativeConsoleStream stream;
    private final InputStream input = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return stream.read(buffer, offset, length);
        }

        @Override
        public void close() {
            SerialChannel.this.close();
        }
    };
    private final OutputStream output = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            stream.write(data, offset, length);
        }

        @Override
        public void close() {
            SerialChannel.this.close();
        }
    };

    SerialChannel(ConsoleTarget target, TextConsole console, NativeConsoleStream stream) {
        this.target = target;
        this.console = console;
        this.stream = stream;
    }

    public InputStream input() {
        return input;
    }

    /** Unbuffered: each write reaches the guest at once. */
    public OutputStream output() {
        return output;
    }

    public ConsoleTarget target() {
        return target;
    }

    /** Which device this is ("serial port", "virtio console"). */
    public TextConsole console() {
        return console;
    }

    public boolean isClosed() {
        return stream.isClosed();
    }

    @Override
    public void close() {
        stream.close();
    }

    @Override
    public String toString() {
        return console.describe() + " of " + target.guestName() + " on " + target.hostUri();
    }
}
