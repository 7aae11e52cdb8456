package dev.summit.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run, in order: generate the host; start Summit in this JVM and list it; start
 * virt-manager on it (when installed) and wait for its window; let both settle; then one idle
 * window in which both are read at its start and end.
 *
 * <p>The idle windows overlap: two 60 s windows one after the other plus start-ups would take
 * well over two minutes. Start-ups do not overlap: Summit lists before virt-manager starts (when
 * only an idle JVM competes with virt-manager for the CPU), so neither start-up is slowed by the
 * other's. CPU seconds are each process's own, so sharing the machine while idle barely moves them.
 */
public final class BenchmarkRun {
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRun.class);
    /**
     * Wait after the last start-up before the idle window opens, so it measures idling, not the
     * tail of start-up (virt-manager keeps filling its list for seconds after its window shows).
     */
    static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(60);

    private BenchmarkRun() {
    }

    /**
     * @param withVirtManager false to skip the anchor even when virt-manager is installed
     * @param progress        one sentence per step, for the terminal
     */
    public static BenchReport run(Duration idle, boolean withVirtManager, Consumer<String> progress)
            throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("summit-bench-");
        try {
            ThousandGuestHost host = ThousandGuestHost.write(scratch);
            Optional<Path> virtManager = withVirtManager ? VirtManagerProbe.find() : Optional.empty();
            try (ListBenchmark summit = new ListBenchmark()) {
                progress.accept("Summit: showing the window, then listing " + host.uri());
                ListBenchmark.Timings timings = summit.run(host);
                progress.accept("Summit: window after " + timings.windowShown() + " ms, " + host.guests()
                        + " rows after " + timings.listed() + " ms");
                if (virtManager.isEmpty()) {
                    progress.accept(withVirtManager ? "virt-manager is not installed: Summit's figures only"
                            : "virt-manager skipped");
                    IdleWindow window = idleWindow(summit, null, idle, progress);
                    return new BenchReport(host, idle, timings, window.summit, Optional.empty());
                }
                try (VirtManagerProbe probe = VirtManagerProbe.start(virtManager.get(), host.uri(), scratch)) {
                    progress.accept("virt-manager: started on the same host");
                    long shown = probe.awaitWindow(WINDOW_TIMEOUT);
                    progress.accept("virt-manager: window after " + shown + " ms");
                    IdleWindow window = idleWindow(summit, probe, idle, progress);
                    return new BenchReport(host, idle, timings, window.summit,
                            Optional.of(new BenchReport.Anchor(shown, window.virtManager)));
                }
            }
        } finally {
            ScratchDirectory.delete(scratch);
        }
    }

    private record IdleWindow(BenchReport.Idle summit, BenchReport.Idle virtManager) {
    }

    /** @param probe null when virt-manager is not measured */
    private static IdleWindow idleWindow(ListBenchmark summit, VirtManagerProbe probe, Duration idle,
                                         Consumer<String> progress) throws IOException, InterruptedException {
        progress.accept("settling for " + SETTLE.toSeconds() + " s, then idle for " + idle.toSeconds() + " s");
        Thread.sleep(SETTLE.toMillis());
        ProcessUsage ours = summit.usage();
        ProcessUsage theirs = probe == null ? null : probe.usage();
        Thread.sleep(idle.toMillis());
        ProcessUsage oursEnd = summit.usage();
        ProcessUsage theirsEnd = probe == null ? null : probe.usage();
        LOG.info("idle window over");
        return new IdleWindow(new BenchReport.Idle(ours, oursEnd),
                probe == null ? null : new BenchReport.Idle(theirs, theirsEnd));
    }
}
