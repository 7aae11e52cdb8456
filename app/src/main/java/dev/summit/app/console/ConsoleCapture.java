package dev.summit.app.console;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.image.Screenshot;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbStatistics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The headless side of a console for {@code summit console}: waits for the first complete frame, and
 * measures a stretch of streaming. Listens on the reader thread; waits on the caller's.
 */
public final class ConsoleCapture implements RfbListener {
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();
    private volatile String lastDisconnect;

    /**
     * QEMU answers the first request with updates that carry only pseudo-encodings (its key-event and
     * LED acknowledgements, the size) before the pixels, so "first complete frame" means: frames came,
     * then none for this long (or {@link #SETTLE_LIMIT} passed, for a screen that never stops changing).
     */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    private static final long SETTLE_LIMIT = TimeUnit.SECONDS.toNanos(3);
    private volatile long lastFrameNanos;

    @Override
    public void frameCompleted() {
        lastFrameNanos = System.nanoTime();
        firstFrame.complete(null);
    }

    @Override
    public void disconnected(String reason) {
        lastDisconnect = reason;
        firstFrame.completeExceptionally(new IllegalStateException("the console closed before its first frame: " + reason));
    }

    /** Blocks until the first whole frame is in the framebuffer, then copies it. */
    public Screenshot awaitFirstFrame(Supplier<Framebuffer> screen, Duration timeout) throws InterruptedException {
        try {
            firstFrame.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no frame from the console in " + timeout.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw (RuntimeException) e.getCause();
        }
        long settleStart = System.nanoTime();
        while (System.nanoTime() - lastFrameNanos < QUIET_NANOS && System.nanoTime() - settleStart < SETTLE_LIMIT) {
            Thread.sleep(20);
        }
        return Screenshot.of(screen.get());
    }

    /** Frames, bytes and this process's CPU time over {@code length} of streaming. */
    public Measurement measure(Supplier<RfbStatistics> statistics, Duration length)
            throws InterruptedException {
        RfbStatistics begin = statistics.get();
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        Thread.sleep(length.toMillis());
        if (lastDisconnect != null) {
            throw new IllegalStateException("the console closed during the measurement: " + lastDisconnect);
        }
        RfbStatistics end = statistics.get();
        return new Measurement(end.framesCompleted() - begin.framesCompleted(), end.bytesReceived() - begin.bytesReceived(),
                (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu0) / 1e9, end.dominantEncodingName());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** What {@code --bench} prints. */
    public record Measurement(long frames, long bytes, double seconds, double cpuSeconds, String encoding) {
        public double framesPerSecond() {
            return frames / seconds;
        }

        public double bytesPerSecond() {
            return bytes / seconds;
        }
    }
}
