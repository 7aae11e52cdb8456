package dev.summit.connectors.testing;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A stand-in VNC server: sends a greeting, then echoes every byte back. Listens on a loopback TCP
 * port or a UNIX socket; every thread it starts ends when it is closed.
 */
public final class EchoServer implements Closeable {
    public static final String GREETING = "RFB 003.008\n";

    private final ServerSocketChannel server;
    private final Thread acceptor;

    private EchoServer(ServerSocketChannel server) {
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "echo server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public static EchoServer onLoopback() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return new EchoServer(server);
    }

    public static EchoServer onUnixSocket(Path path) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return new EchoServer(server);
    }

    public int port() throws IOException {
        SocketAddress address = server.getLocalAddress();
        return ((InetSocketAddress) address).getPort();
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread echo = new Thread(() -> echo(client), "echo client");
                echo.setDaemon(true);
                echo.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void echo(SocketChannel client) {
        try (client) {
            client.write(ByteBuffer.wrap(GREETING.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (server.isOpen() && client.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    client.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException e) {
            // The client went away: nothing to echo to.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
