package dev.summit.app.bench.storage;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final AtomicLong worstUnqueued = new AtomicLong();
    private final long fxThread;
    private final long renderer;
    /** The FX thread's own scheduler figures (Linux), null elsewhere. */
    private final Path schedstat;
    private final Thread poster = new Thread(this::post, "fx-stall-probe");

    /** Where each busy stretch over 30 ms is told with its end in JVM uptime (null: nowhere). */
    private final PrintWriter trace;

    /** Call on the FX thread. */
    FxStallProbe(PrintWriter trace) {
        this.trace = trace;
        fxThread = Thread.currentThread().getId();
        renderer = trace == null ? -1 : rendererThread();
        schedstat = ownSchedstat();
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

    /**
     * The longest stall less the time the FX thread was runnable but waiting for a core (Linux's
     * schedstat): its own work plus the time it was blocked (on the render thread, the X server, a lock,
     * a collector's pause). What a machine with a free core would show, as near as one busy machine can
     * tell (what it waited for may itself have waited for a core). The wall figure where there is no /proc.
     */
    double longestUnqueuedMillis() {
        return (schedstat == null ? worstWall.get() : worstUnqueued.get()) / 1e6;
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

    /** /proc's scheduler figures of the calling thread (ns on a core, ns runnable waiting for one), or null. */
    private static Path ownSchedstat() {
        try {
            Path task = Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")));
            return Files.isReadable(task.resolve("schedstat")) ? task.resolve("schedstat") : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** {ns on a core, ns waiting for a core} of the FX thread, or zeros. */
    private long[] sched() {
        if (schedstat == null) {
            return new long[2];
        }
        try {
            String[] fields = Files.readString(schedstat).trim().split(" ");
            return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    private void post() {
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            long cpuPosted = threads.getThreadCpuTime(fxThread);
            long gcPosted = trace == null ? 0 : gcMillis();
            long rendererPosted = trace == null ? 0 : rendererCpu();
            long[] schedPosted = sched();
            Platform.runLater(() -> {
                long wall = System.nanoTime() - posted;
                long[] now = sched();
                long runq = now[1] - schedPosted[1];
                worstWall.accumulateAndGet(wall, Math::max);
                worstUnqueued.accumulateAndGet(wall - runq, Math::max);
                long cpu = threads.getCurrentThreadCpuTime() - cpuPosted;
                if ((cpu > 30_000_000L || wall - runq > 30_000_000L) && trace != null) {
                    // Wall time neither on a core nor waiting for one: the FX thread was blocked (a lock, the
                    // render thread, the X server, a collector's pause).
                    long blocked = wall - (now[0] - schedPosted[0]) - runq;
                    trace.printf("stretch cpu %d ms wall %d ms (waiting for a core %d, blocked %d) gc %d ms renderer cpu %d ms ending %.3f%n",
                            cpu / 1_000_000, wall / 1_000_000, runq / 1_000_000, blocked / 1_000_000, gcMillis() - gcPosted,
                            (rendererCpu() - rendererPosted) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
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
