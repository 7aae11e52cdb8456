package dev.summit.console.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A TigerVNC Xvnc on a free display and port, listening on loopback only. Closing it kills it; tests
 * close it in a finally or try-with-resources so no server outlives a failed test.
 */
public final class XvncServer implements AutoCloseable {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 240;

    private final Process process;
    private final int display;
    private final int port;
    private final Path log;

    private XvncServer(Process process, int display, int port, Path log) {
        this.process = process;
        this.display = display;
        this.port = port;
        this.log = log;
    }

    /** Starts Xvnc with {@code securityArgs} (e.g. "-SecurityTypes", "None") and waits until it accepts. */
    public static XvncServer start(Path workDir, String... securityArgs) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int display = freeDisplay();
            int port = freePort();
            Path log = workDir.resolve("Xvnc-" + display + ".log");
            List<String> command = new ArrayList<>(List.of("Xvnc", ":" + display, "-geometry", WIDTH + "x" + HEIGHT,
                    "-depth", "24", "-rfbport", Integer.toString(port), "-interface", "127.0.0.1", "-ac",
                    "-nolisten", "tcp", "-AlwaysShared"));
            command.addAll(List.of(securityArgs));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            XvncServer server = new XvncServer(process, display, port, log);
            try {
                server.awaitReady();
                return server;
            } catch (IOException e) {
                server.close();
                last = e;
            }
        }
        throw last;
    }

    public String displayName() {
        return ":" + display;
    }

    public int port() {
        return port;
    }

    /** Runs an X client against this display, e.g. {@code xsetroot -solid '#336699'}. */
    public void x(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(command));
        full.add(1, "-display");
        full.add(2, displayName());
        Command.run(full, null, null);
    }

    public ScreenDump screen() throws IOException, InterruptedException {
        return ScreenDump.capture(displayName());
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Path xSocket = Path.of("/tmp/.X11-unix/X" + display);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("Xvnc exited: " + log());
            }
            if (Files.exists(xSocket)) {
                try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    return;
                } catch (IOException notYet) {
                    // Still starting.
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("Xvnc did not start listening in 15 s: " + log());
    }

    private static int freeDisplay() {
        for (int n = 40 + (int) (ProcessHandle.current().pid() % 40); n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
