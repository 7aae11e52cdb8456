package dev.summit.app.bench.storage;

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
    private final Thread poster = new Thread(this::post, "fx-stall-probe");

    /** Call on the FX thread. */
    FxStallProbe() {
        fxThread = Thread.currentThread().getId();
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

    private void post() {
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            long cpuPosted = threads.getThreadCpuTime(fxThread);
            Platform.runLater(() -> {
                worstWall.accumulateAndGet(System.nanoTime() - posted, Math::max);
                long cpu = threads.getCurrentThreadCpuTime() - cpuPosted;
                if (cpu > 30_000_000L && Boolean.getBoolean("summit.bench.marks")) {
                    System.err.printf("stretch cpu %d ms ending %.3f%n", cpu / 1_000_000, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
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
