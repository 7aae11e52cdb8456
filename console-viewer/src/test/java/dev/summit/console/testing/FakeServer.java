package dev.summit.console.testing;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scripted VNC server on a loopback socket: the script plays the server's side byte by byte, so
 * tests can send exactly the bad input they mean. {@link #transport()} is the client's end.
 */
public final class FakeServer implements AutoCloseable {
    /** The server's side of one conversation. */
    @FunctionalInterface
    public interface Script {
        void play(DataInputStream in, DataOutputStream out) throws Exception;
    }

    private final ServerSocket listener;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Socket accepted;

    private FakeServer(Script script) throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            try (Socket socket = listener.accept()) {
                accepted = socket;
                script.play(new DataInputStream(new BufferedInputStream(socket.getInputStream())),
                        new DataOutputStream(socket.getOutputStream()));
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "fake-vnc-server");
        thread.setDaemon(true);
        thread.start();
    }

    public static FakeServer start(Script script) throws IOException {
        return new FakeServer(script);
    }

    public SocketTransport transport() throws IOException {
        return SocketTransport.tcp(listener.getLocalPort());
    }

    /** Waits for the script to end and rethrows what it threw (a failed assertion on the server side). */
    public void awaitScript() throws Exception {
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError(e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        Socket socket = accepted;
        if (socket != null) {
            socket.close();
        }
    }
}
