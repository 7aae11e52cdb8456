package dev.summit.console.testing;

import dev.summit.console.rfb.io.RfbTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** A test transport over TCP or a UNIX socket, as the app's would be. */
public final class SocketTransport implements RfbTransport {
    private final InputStream in;
    private final OutputStream out;
    private final AutoCloseable socket;
    private final String description;

    private SocketTransport(InputStream in, OutputStream out, AutoCloseable socket, String description) {
        this.in = in;
        this.out = out;
        this.socket = socket;
        this.description = description;
    }

    public static SocketTransport tcp(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setTcpNoDelay(true);
        return new SocketTransport(socket.getInputStream(), socket.getOutputStream(), socket, "TCP 127.0.0.1:" + port);
    }

    /**
     * Reads and writes call the channel directly: the {@code Channels} stream adapters share one lock
     * on some JDKs, so a blocked read would hold up every write.
     */
    public static SocketTransport unix(Path path) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(path));
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
        OutputStream out = new OutputStream() {
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
        };
        return new SocketTransport(in, out, channel, "UNIX socket " + path);
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        try {
            socket.close();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
