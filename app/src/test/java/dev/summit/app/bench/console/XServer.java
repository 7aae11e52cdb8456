package dev.summit.app.bench.console;

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
 * An X server this benchmark starts and kills: TigerVNC's Xvnc (the desktop both viewers watch,
 * serving RFB on a loopback port) or Xvfb (where the viewers' own windows go). Each gets a free
 * display number, so the run never touches the user's display or a colleague's.
 */
public final class XServer implements AutoCloseable {
    private final Process process;
    private final int display;
    private final int rfbPort;
    private final Path log;

    private XServer(Process process, int display, int rfbPort, Path log) {
        this.process = process;
        this.display = display;
        this.rfbPort = rfbPort;
        this.log = log;
    }

    /**
     * Xvnc without authentication on 127.0.0.1 only. -AlwaysShared lets the benchmark's recorder
     * and probes come and go without dropping each other; its log (info level, the default) gets
     * the encoder's statistics for each client that leaves, which is how TigerVNC's frames are counted.
     */
    public static XServer xvnc(Path dir, int width, int height) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int display = freeDisplay();
            int port = freePort();
            List<String> command = List.of("Xvnc", ":" + display, "-geometry", width + "x" + height, "-depth", "24",
                    "-rfbport", Integer.toString(port), "-interface", "127.0.0.1", "-SecurityTypes", "None",
                    "-AlwaysShared", "-nolisten", "tcp", "-ac");
            try {
                return start(command, display, port, dir.resolve("Xvnc-" + display + ".log"));
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Xvfb, for the viewers' windows. */
    public static XServer xvfb(Path dir, int width, int height) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int display = freeDisplay();
            List<String> command = List.of("Xvfb", ":" + display, "-screen", "0", width + "x" + height + "x24",
                    "-nolisten", "tcp", "-ac");
            try {
                return start(command, display, -1, dir.resolve("Xvfb-" + display + ".log"));
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private static XServer start(List<String> command, int display, int port, Path log)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        XServer server = new XServer(process, display, port, log);
        try {
            server.awaitReady();
            return server;
        } catch (IOException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    public String displayName() {
        return ":" + display;
    }

    /** The RFB port (Xvnc only). */
    public int rfbPort() {
        return rfbPort;
    }

    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    /** Asks Xvnc to drop every client (TigerVNC's vncconfig): a clean end the viewer cannot tell from a server's. */
    public void disconnectClients() throws IOException, InterruptedException {
        Process vncconfig = new ProcessBuilder("vncconfig", "-display", displayName(), "-disconnect")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!vncconfig.waitFor(10, TimeUnit.SECONDS) || vncconfig.exitValue() != 0) {
            vncconfig.destroyForcibly();
            throw new IOException("vncconfig -disconnect failed on " + displayName());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException(process.info().command().orElse("X server") + " exited: " + log());
            }
            if (Files.exists(socket) && (rfbPort < 0 || accepts(rfbPort))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("the X server on " + displayName() + " did not start in 15 s: " + log());
    }

    private static boolean accepts(int port) {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freeDisplay() {
        // Away from the low numbers a desktop and xvfb-run use, spread by pid so parallel runs differ.
        List<Integer> candidates = new ArrayList<>();
        for (int n = 100 + (int) (ProcessHandle.current().pid() % 200); n < 600; n++) {
            candidates.add(n);
        }
        for (int n : candidates) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
