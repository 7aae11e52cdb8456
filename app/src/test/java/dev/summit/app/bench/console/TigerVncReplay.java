package dev.summit.app.bench.console;

import dev.summit.app.bench.ProcessUsage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * TigerVNC's own viewer decoding a stream recorded from Xvnc: the anchor for the decode rows. A tiny
 * server on loopback plays the recording to a fresh {@code vncviewer} (handshake included, so the
 * viewer sees what our recording client saw; what it sends back is read and dropped) and keeps the
 * connection open until the viewer's CPU time stops growing. The same is done with the handshake
 * alone, and the difference is the viewer's cost of the updates. That cost includes drawing each
 * update into its window (on Xvfb), which Summit's replay, decoding into a framebuffer only, does not
 * pay: the anchor is, if anything, flattering to Summit.
 */
final class TigerVncReplay {
    private static final int RUNS = 3;
    private static final long SETTLE_MILLIS = 400;
    private static final long ACCEPT_TIMEOUT_MILLIS = 30_000;
    private static final long LONGEST_MILLIS = 120_000;

    private TigerVncReplay() {
    }

    /**
     * Megapixels per CPU-second of TigerVNC's viewer on {@code stream}, median of three replays each
     * way, or NaN when the stream does not start with an RFB 3.8 handshake without security.
     */
    static double megapixelsPerCpuSecond(byte[] stream, long pixels, String display) throws IOException, InterruptedException {
        int handshake = handshakeLength(stream);
        if (handshake < 0) {
            return Double.NaN;
        }
        List<Double> whole = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            whole.add(cpuSeconds(stream, stream.length, display));
            alone.add(cpuSeconds(stream, handshake, display));
        }
        double updates = median(whole) - median(alone);
        return updates <= 0 ? Double.NaN : pixels / updates / 1e6;
    }

    /** Where the updates start: after version, security types, security result and ServerInit. */
    static int handshakeLength(byte[] stream) {
        String version = "RFB 003.008\n";
        if (stream.length < 12 || !new String(stream, 0, 12, StandardCharsets.US_ASCII).equals(version)) {
            return -1;
        }
        int at = 12;
        int types = stream[at] & 0xFF;
        if (types != 1 || stream[at + 1] != 1) {
            return -1; // only "None", as the benchmark's Xvnc offers
        }
        at += 1 + types + 4;
        if (stream.length < at + 24) {
            return -1;
        }
        int nameLength = ByteBuffer.wrap(stream, at + 20, 4).getInt();
        int end = at + 24 + nameLength;
        return nameLength < 0 || end > stream.length ? -1 : end;
    }

    private static double cpuSeconds(byte[] stream, int length, String display) throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) ACCEPT_TIMEOUT_MILLIS);
            ProcessBuilder builder = new ProcessBuilder("vncviewer", "-Shared=1", "-AcceptClipboard=0", "-SendClipboard=0",
                    "-FullColor=1", "127.0.0.1::" + server.getLocalPort()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", display);
            Process viewer = builder.start();
            try (Socket socket = server.accept()) {
                Thread drain = new Thread(() -> drain(socket), "vncviewer-drain");
                drain.setDaemon(true);
                drain.start();
                socket.getOutputStream().write(stream, 0, length);
                socket.getOutputStream().flush();
                return settledCpu(viewer.pid());
            } finally {
                viewer.destroy();
                if (!viewer.waitFor(5, TimeUnit.SECONDS)) {
                    viewer.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** The viewer's CPU seconds once two samples in a row show no more work. */
    private static double settledCpu(long pid) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_MILLIS);
        double last = -1;
        int still = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(SETTLE_MILLIS);
            double now = ProcessUsage.of(pid).cpuSeconds();
            still = now == last ? still + 1 : 0;
            if (still >= 2) {
                return now;
            }
            last = now;
        }
        throw new IOException("vncviewer kept working for " + LONGEST_MILLIS / 1000 + " s on a replayed stream");
    }

    private static void drain(Socket socket) {
        byte[] sink = new byte[4096];
        try (InputStream in = socket.getInputStream()) {
            while (in.read(sink) >= 0) {
                // What the viewer asks for changes nothing: the recording plays as it was.
            }
        } catch (IOException e) {
            // The connection closed at the end of the replay.
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
