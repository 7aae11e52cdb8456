package dev.summit.app.bench.console;

import dev.summit.console.rfb.io.RfbTransport;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Loopback TCP to Xvnc, the route a viewer on the same machine takes. With a recording attached,
 * every byte the server sends is also kept, handshake included, so the stream can be replayed into
 * a fresh client later exactly as it arrived.
 */
final class TcpTransport implements RfbTransport {
    private final Socket socket;
    private final InputStream in;

    private TcpTransport(Socket socket, ByteArrayOutputStream recording) throws IOException {
        this.socket = socket;
        InputStream raw = socket.getInputStream();
        this.in = recording == null ? raw : new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    recording.write(b);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    recording.write(b, off, n);
                }
                return n;
            }
        };
    }

    static TcpTransport connect(int port) throws IOException {
        return connect(port, null);
    }

    /** @param recording receives every byte read from the server, or null */
    static TcpTransport connect(int port, ByteArrayOutputStream recording) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setTcpNoDelay(true); // key events must not wait for Nagle
        return new TcpTransport(socket, recording);
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() throws IOException {
        return socket.getOutputStream();
    }

    @Override
    public String description() {
        return "TCP " + socket.getRemoteSocketAddress();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
