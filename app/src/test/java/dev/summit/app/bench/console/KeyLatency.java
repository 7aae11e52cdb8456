package dev.summit.app.bench.console;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbOptions;
import dev.summit.console.rfb.protocol.RfbState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Key → screen on loopback: our client sends a key to Xvnc, the {@link Animation} on that display
 * flips its marker square, Xvnc sends the change, and the time is taken when the update that shows
 * it has been decoded into our framebuffer (on the reader thread, before any view). A window adds
 * at most one pulse to that (16.7 ms at 60 Hz) plus its render.
 *
 * <p>Presses are spaced by a random 40–120 ms after each answer, so they do not fall into step
 * with the server's frame clock.
 */
final class KeyLatency {
    private static final int KEYSYM_A = 0x61;
    private static final int XT_A = 0x1E;
    // Generous: on a loaded two-core machine one answer can take seconds; a lost key still fails.
    private static final long ANSWER_TIMEOUT_MS = 10_000;

    private KeyLatency() {
    }

    /** Sorted latencies in milliseconds. */
    record Result(List<Double> millis) {
        double median() {
            return percentile(0.5);
        }

        double p95() {
            return percentile(0.95);
        }

        double percentile(double p) {
            int index = (int) Math.ceil(p * millis.size()) - 1;
            return millis.get(Math.max(0, Math.min(index, millis.size() - 1)));
        }
    }

    static Result measure(int port, int presses, int screenWidth, int screenHeight)
            throws IOException, InterruptedException {
        AtomicReference<CompletableFuture<Long>> waiting = new AtomicReference<>();
        AtomicReference<Boolean> wantBright = new AtomicReference<>();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        RfbClient[] client = new RfbClient[1];
        RfbListener listener = new RfbListener() {
            @Override
            public void frameCompleted() {
                connected.complete(null);
                CompletableFuture<Long> answer = waiting.get();
                if (answer != null && bright(client[0].framebuffer()) == wantBright.get()) {
                    answer.complete(System.nanoTime());
                }
            }

            @Override
            public void stateChanged(RfbState state) {
                if (state == RfbState.DISCONNECTED) {
                    connected.completeExceptionally(new IOException("Xvnc closed the latency probe's connection"));
                }
            }
        };
        client[0] = new RfbClient(TcpTransport.connect(port), RfbOptions.defaults(), listener);
        Random random = new Random(7);
        List<Double> millis = new ArrayList<>();
        try {
            client[0].start();
            connected.get(20, TimeUnit.SECONDS);
            // Keys go to the window under the pointer (Xvnc runs no window manager).
            client[0].pointer(screenWidth / 2, screenHeight / 2, 0);
            Thread.sleep(300);
            for (int i = 0; i < presses; i++) {
                CompletableFuture<Long> answer = new CompletableFuture<>();
                wantBright.set(!bright(client[0].framebuffer()));
                waiting.set(answer);
                long sent = System.nanoTime();
                client[0].key(KEYSYM_A, XT_A, true);
                client[0].key(KEYSYM_A, XT_A, false);
                long seen = answer.get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                waiting.set(null);
                millis.add((seen - sent) / 1e6);
                Thread.sleep(40 + random.nextInt(80));
            }
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the marker did not change within " + ANSWER_TIMEOUT_MS + " ms of press "
                    + (millis.size() + 1) + ": does the animation window have the keyboard?", e);
        } finally {
            client[0].close();
        }
        Collections.sort(millis);
        return new Result(List.copyOf(millis));
    }

    /** The marker's centre, bright or dark: JPEG may shift a colour by a few steps, never across the middle. */
    private static boolean bright(Framebuffer fb) {
        int p = fb.get(Animation.MARKER_SIZE / 2, Animation.MARKER_SIZE / 2);
        int sum = ((p >>> 16) & 0xFF) + ((p >>> 8) & 0xFF) + (p & 0xFF);
        return sum > 3 * 128;
    }
}
