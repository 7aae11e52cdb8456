package dev.summit.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps on the way to the window's first frame, with the time since the process started, for
 * finding where a start goes: {@code -Dorg.slf4j.simpleLogger.log.dev.summit.app.StartTimeline=debug}.
 * Costs nothing when that logger is off.
 */
public final class StartTimeline {
    private static final Logger LOG = LoggerFactory.getLogger(StartTimeline.class);
    private static final Instant PROCESS_START = LOG.isDebugEnabled()
            ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;

    private StartTimeline() {
    }

    public static void mark(String step) {
        if (PROCESS_START != null) {
            // CPU time too: on a loaded machine the wall clock says more about the neighbours.
            // The thread's own CPU time tells one step's cost apart from the work of threads beside it.
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            LOG.debug("{} ms, cpu {} ms, thread cpu {} ms [{}] {}", Duration.between(PROCESS_START, Instant.now()).toMillis(),
                    cpu, threadCpu, Thread.currentThread().getName(), step);
        }
    }
}
