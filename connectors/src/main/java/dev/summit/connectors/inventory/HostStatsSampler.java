package dev.summit.connectors.inventory;

import java.util.Map;

/**
 * Turns the host's CPU time counters into a busy percentage by keeping the previous sample.
 * Not thread-safe: the host's worker owns it.
 */
public final class HostStatsSampler {
    private long busyBefore = -1;
    private long totalBefore = -1;

    /**
     * @param cpuTimes  nanoseconds by libvirt's field name ("kernel", "user", "idle", "iowait")
     * @param memoryKiB "total", "free", "buffers", "cached"; empty when the host cannot say
     * @param fallbackTotalKiB and {@code fallbackFreeKiB}: what the node info says when memoryKiB is empty
     */
    public HostPoint sample(Map<String, Long> cpuTimes, Map<String, Long> memoryKiB, long fallbackTotalKiB,
                            long fallbackFreeKiB) {
        long busy = cpuTimes.getOrDefault("kernel", 0L) + cpuTimes.getOrDefault("user", 0L);
        long total = busy + cpuTimes.getOrDefault("idle", 0L) + cpuTimes.getOrDefault("iowait", 0L);
        double percent = 0;
        if (totalBefore >= 0 && total > totalBefore && busy >= busyBefore) {
            percent = Math.min(100.0, (busy - busyBefore) * 100.0 / (total - totalBefore));
        }
        busyBefore = busy;
        totalBefore = total;
        long totalKiB = memoryKiB.getOrDefault("total", fallbackTotalKiB);
        long used = memoryKiB.isEmpty() ? fallbackTotalKiB - fallbackFreeKiB
                : totalKiB - memoryKiB.getOrDefault("free", 0L) - memoryKiB.getOrDefault("buffers", 0L)
                        - memoryKiB.getOrDefault("cached", 0L);
        return new HostPoint(percent, Math.max(0, used), totalKiB);
    }
}
