package dev.summit.app.bench.console;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records what Xvnc sends a client that asks for one encoding only, while the animation runs.
 *
 * <p>The recording client asks for each update itself (no continuous updates) and, to stop, simply
 * asks no more and waits until the server is quiet: then the recording ends after a whole update,
 * which a tee below the client's read-ahead buffer could not otherwise guarantee.
 */
final class StreamRecorder {
    private static final Duration QUIET = Duration.ofMillis(400);

    private StreamRecorder() {
    }

    /** A server stream from the first byte of the handshake to the end of its last update. */
    record Recording(String name, int encoding, byte[] stream, long frames) {
    }

    /**
     * @param jpegQuality   Tight's JPEG quality level as the session asks for it, or -1
     * @param maxBytes      stop once this much has arrived (Raw is 4 MB a full screen)
     * @param snapshots     receives copies of the screen after each update, up to {@code maxSnapshots}; or null
     */
    static Recording record(int port, String name, int encoding, int jpegQuality, Duration length, long maxBytes,
                            List<BuiltStreams.Screen> snapshots, int maxSnapshots)
            throws IOException, InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 << 20);
        long deadline = System.nanoTime() + length.toNanos();
        RfbClient[] client = new RfbClient[1];
        long[] frames = new long[1];
        CompletableFuture<Void> done = new CompletableFuture<>();
        RfbListener listener = new RfbListener() {
            @Override
            public void frameCompleted() {
                frames[0]++;
                Framebuffer fb = client[0].framebuffer();
                if (snapshots != null && snapshots.size() < maxSnapshots) {
                    int[] pixels = new int[fb.width() * fb.height()];
                    fb.copyTo(pixels);
                    snapshots.add(new BuiltStreams.Screen(fb.width(), fb.height(), pixels));
                }
                if (System.nanoTime() < deadline && bytes.size() < maxBytes) {
                    client[0].requestUpdate(true);
                } else {
                    done.complete(null);
                }
            }

            @Override
            public void disconnected(String reason) {
                done.completeExceptionally(new IOException("recording " + name + " ended early: " + reason));
            }
        };
        RfbOptions options = RfbOptions.defaults().withEncodings(List.of(encoding)).withJpegQuality(jpegQuality)
                .withContinuousUpdates(false);
        client[0] = new RfbClient(TcpTransport.connect(port, bytes), options, listener);
        try {
            client[0].start();
            done.get(length.toSeconds() + 30, TimeUnit.SECONDS);
            awaitQuiet(bytes);
            return new Recording(name, encoding, bytes.toByteArray(), frames[0]);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("recording " + name + ": no updates from Xvnc", e);
        } finally {
            client[0].close();
        }
    }

    private static void awaitQuiet(ByteArrayOutputStream bytes) throws InterruptedException {
        long size = -1;
        while (bytes.size() != size) {
            size = bytes.size();
            Thread.sleep(QUIET.toMillis());
        }
    }
}
