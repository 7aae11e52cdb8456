package dev.summit.app.bench.storage;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.scene.Scene;

/**
 * Tells each pulse of one scene whose styling and layout (the part of a pulse the FX thread spends
 * on that scene before it hands the frame to the renderer) used over 10 ms of FX-thread CPU, with
 * its wall time, in JVM uptime: which step of a window is the expensive one. FX thread.
 */
final class PulseTrace {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PulseTrace() {
    }

    static void on(Scene scene, PrintWriter trace) {
        long[] started = new long[2];
        scene.addPreLayoutPulseListener(() -> {
            started[0] = System.nanoTime();
            started[1] = THREADS.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime() - started[1];
            if (cpu > 10_000_000L) {
                trace.printf("pulse css+layout cpu %d ms wall %d ms ending %.3f%n", cpu / 1_000_000,
                        (System.nanoTime() - started[0]) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
                trace.flush();
            }
        });
    }
}
