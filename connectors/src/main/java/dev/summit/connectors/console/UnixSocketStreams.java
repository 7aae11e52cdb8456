package dev.summit.connectors.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;

/**
 * Streams over a blocking UNIX {@link SocketChannel} that read and write at the same time. On
 * Java 17 the streams of {@code Channels.newInputStream/newOutputStream} share one lock, so a reader
 * waiting for the server would block every write; the channel's own read and write do not.
 */
final class UnixSocketStreams {
    private UnixSocketStreams() {
    }

    /** Reads end with -1 once the channel is closed, by the peer or by us. */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                try {
                    return channel.read(ByteBuffer.wrap(b, off, len));
                } catch (ClosedChannelException e) {
                    return -1;
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
