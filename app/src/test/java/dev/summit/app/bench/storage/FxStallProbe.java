package dev.summit.app.bench.storage;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * How long the FX thread was busy at a stretch: a thread posts a tiny task every 5 ms and records
 * how late each one ran (wall clock), and how much CPU time the FX thread itself used in between.
 * On a machine other work keeps busy the wall figure mostly measures waiting for a core; the CPU
 * figure is what the FX thread did, which is what a quiet machine would show (less the garbage
 * collector's pauses, which run on other threads).
 */
final class FxStallProbe {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong worstWall = new AtomicLong();
    private final AtomicLong worstCpu = new AtomicLong();
    private final long fxThread;
    private final long renderer;
    private final Thread poster = new Thread(this::post, "fx-stall-probe");

    /** Where each busy stretch over 30 ms is told with its end in JVM uptime (null: nowhere). */
    private final PrintWriter trace;

    /** Call on the FX thread. */
    FxStallProbe(PrintWriter trace) {
        this.trace = trace;
        fxThread = Thread.currentThread().getId();
        renderer = trace == null ? -1 : rendererThread();
    }

    void start() {
        poster.start();
    }

    void stop() throws InterruptedException {
        poster.interrupt();
        poster.join();
    }

    double longestWallMillis() {
        return worstWall.get() / 1e6;
    }

    double longestCpuMillis() {
        return worstCpu.get() / 1e6;
    }

    /** Every collector's pauses so far (the serial collector stops every thread, the FX thread too). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** The CPU time of JavaFX's render thread, which paints each pulse while the FX thread goes on. */
    private long rendererCpu() {
        return renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
    }

    /** JavaFX's render thread, found once (listing every thread's stack stops them all). */
    private static long rendererThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private void post() {
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            long cpuPosted = threads.getThreadCpuTime(fxThread);
            long gcPosted = trace == null ? 0 : gcMillis();
            long rendererPosted = trace == null ? 0 : rendererCpu();
            Platform.runLater(() -> {
                worstWall.accumulateAndGet(System.nanoTime() - posted, Math::max);
                long cpu = threads.getCurrentThreadCpuTime() - cpuPosted;
                if (cpu > 30_000_000L && trace != null) {
                    trace.printf("stretch cpu %d ms wall %d ms gc %d ms renderer cpu %d ms ending %.3f%n", cpu / 1_000_000,
                            (System.nanoTime() - posted) / 1_000_000, gcMillis() - gcPosted, (rendererCpu() - rendererPosted) / 1_000_000,
                            ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
                    trace.flush();
                }
                worstCpu.accumulateAndGet(cpu, Math::max);
            });
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
