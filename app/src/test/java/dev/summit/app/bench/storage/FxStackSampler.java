package dev.summit.app.bench.storage;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The FX thread's state and top frames every 2 ms, in JVM uptime, with its CPU time so far: which
 * code a busy stretch spent its time in, and where it sat in a native call without using CPU (an X
 * round trip shows as a glass method with the CPU time standing still). Only with
 * {@code -Dsummit.bench.fxstacks=true} beside the marks; each sample stops the FX thread briefly.
 * Also tells the FX thread's Linux thread id, for {@code strace -p}.
 */
final class FxStackSampler {
    private static final int FRAMES = 14;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread;
    private final PrintWriter out;
    private final Thread thread = new Thread(this::run, "fx-stack-sampler");

    private FxStackSampler(long fxThread, PrintWriter out) {
        this.fxThread = fxThread;
        this.out = out;
        thread.setDaemon(true);
    }

    /** Call on the FX thread. */
    static FxStackSampler startOnFxThread(PrintWriter out) {
        try {
            out.println("fx thread " + Files.readSymbolicLink(Path.of("/proc/thread-self")));
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux: no thread id to tell
        }
        FxStackSampler sampler = new FxStackSampler(Thread.currentThread().getId(), out);
        sampler.thread.start();
        return sampler;
    }

    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            ThreadInfo info = threads.getThreadInfo(fxThread, FRAMES);
            if (info != null) {
                String frames = Arrays.stream(info.getStackTrace())
                        .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                        .collect(Collectors.joining(" < "));
                out.printf("fx %.3f %s cpu %d ms | %s%n", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                        info.getThreadState(), threads.getThreadCpuTime(fxThread) / 1_000_000, frames);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
        out.flush();
    }
}
