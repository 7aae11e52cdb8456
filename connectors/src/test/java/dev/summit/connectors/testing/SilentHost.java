package dev.summit.connectors.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A "host" on loopback that accepts TCP connections and never says a word: libvirt's client waits
 * on it for ever unless Summit gives up. Point {@code qemu+tcp://127.0.0.1:PORT/system} at it.
 */
public final class SilentHost implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    public SilentHost() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (!server.isClosed()) {
                    accepted.add(server.accept()); // held open, never read from or written to
                }
            } catch (IOException e) {
                // closed
            }
        }, "silent host");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String uri() {
        return "qemu+tcp://127.0.0.1:" + server.getLocalPort() + "/system";
    }

    /** How many connections it took, to tell a test that libvirt really reached it. */
    public int connectionsTaken() {
        return accepted.size();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
