package dev.summit.app.bench.console;

import dev.summit.console.rfb.decoder.Decoder;
import dev.summit.console.rfb.decoder.DecoderSet;
import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.decoder.Rect;
import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Decode throughput of one encoding: a recorded (or built) server stream is played into a fresh
 * {@link RfbClient} again and again — the whole client path, message parsing, decoder and
 * framebuffer, as in a session — first for a warm-up, so the JIT has compiled the decoders, then
 * for the measured time. A fresh client each pass because Zlib, ZRLE and Tight keep zlib state
 * that must start where the recording started.
 *
 * <p>Besides the wall clock it takes the reader thread's own CPU time (the thread that decodes), which
 * other work on a loaded machine disturbs far less, so two builds measured minutes apart can be set side by side.
 */
public final class ReplayThroughput {
    private static final long PASS_TIMEOUT_SECONDS = 60;

    private ReplayThroughput() {
    }

    /**
     * @param pixels pixels of {@code encoding} rectangles in one pass
     * @param frames FramebufferUpdates in one pass
     */
    public record Result(String name, long pixels, long frames, int passes, double seconds, double cpuSeconds) {
        public double megapixelsPerSecond() {
            return pixels * (double) passes / seconds / 1e6;
        }

        /** Megapixels per second of the decoding thread's own CPU time. */
        public double megapixelsPerCpuSecond() {
            return pixels * (double) passes / cpuSeconds / 1e6;
        }
    }

    /** One pass: wall-clock and the reader thread's CPU nanoseconds up to the last frame. */
    private record Pass(long nanos, long cpuNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * @param encoding the encoding whose rectangles are counted (others in the stream, e.g. the first
     *                 full Raw screen of the CopyRect stream, are decoded but not counted)
     * @param frames   the updates in {@code stream}: a pass that decodes fewer failed, however fast it was
     */
    public static Result measure(String name, int encoding, byte[] stream, long frames, Duration warmUp,
                                 Duration measured) throws IOException, InterruptedException {
        long[] pixels = new long[1];
        pass(stream, frames, () -> DecoderSet.preferringTightPng().decoders().stream()
                .map(d -> d.encoding() == encoding ? (Decoder) new Counting(d, pixels) : d).toList());
        long end = System.nanoTime() + warmUp.toNanos();
        while (System.nanoTime() < end) {
            pass(stream, frames, () -> DecoderSet.preferringTightPng().decoders());
        }
        int passes = 0;
        long nanos = 0;
        long cpuNanos = 0;
        while (passes < 2 || nanos < measured.toNanos()) {
            Pass pass = pass(stream, frames, () -> DecoderSet.preferringTightPng().decoders());
            nanos += pass.nanos();
            cpuNanos += pass.cpuNanos();
            passes++;
        }
        return new Result(name, pixels[0], frames, passes, nanos / 1e9, cpuNanos / 1e9);
    }

    /** One replay in a fresh client, from its start to its last frame. */
    private static Pass pass(byte[] stream, long expectedFrames, Supplier<List<Decoder>> decoders)
            throws IOException, InterruptedException {
        CompletableFuture<String> ended = new CompletableFuture<>();
        long[] frames = new long[1];
        long[] lastFrame = new long[1];
        long[] lastFrameCpu = new long[1];
        RfbListener listener = new RfbListener() {
            @Override
            public void frameCompleted() {
                frames[0]++;
                lastFrame[0] = System.nanoTime();
                // On the reader thread, made for this pass: its CPU time so far is this pass's decoding.
                lastFrameCpu[0] = THREADS.getCurrentThreadCpuTime();
            }

            @Override
            public void disconnected(String reason) {
                ended.complete(reason);
            }
        };
        RfbClient client = new RfbClient(new ReplayTransport(stream), RfbOptions.defaults().withDecoders(decoders), listener);
        long started = System.nanoTime();
        client.start();
        String reason;
        try {
            reason = ended.get(PASS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            client.close();
            throw new IOException("replaying a recording did not finish: " + e, e);
        }
        // A stream cut short or broken ends early too, so only all of its frames make a pass.
        if (frames[0] != expectedFrames) {
            throw new IOException("replaying a recording ended after " + frames[0] + " of " + expectedFrames
                    + " frames: " + reason);
        }
        // Up to the last frame: the reader's exit after the end of the stream is not decoding.
        return new Pass(lastFrame[0] - started, lastFrameCpu[0]);
    }

    /** Counts the pixels its decoder draws; used for one pass only, so it adds nothing to the timed ones. */
    private record Counting(Decoder decoder, long[] pixels) implements Decoder {
        @Override
        public int encoding() {
            return decoder.encoding();
        }

        @Override
        public void decode(Rect rect, RfbInput in, Framebuffer framebuffer) throws IOException {
            decoder.decode(rect, in, framebuffer);
            pixels[0] += rect.area();
        }
    }
}
