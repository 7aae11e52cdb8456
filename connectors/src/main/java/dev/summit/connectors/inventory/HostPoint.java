package dev.summit.connectors.inventory;

/**
 * The host's own figures at one sample.
 *
 * @param cpuPercent    time not idle over all CPUs since the previous sample, 0–100
 * @param memoryUsedKiB memory in use by programs (not free, not buffers or page cache)
 * @param memoryTotalKiB all the host's memory
 */
public record HostPoint(double cpuPercent, long memoryUsedKiB, long memoryTotalKiB) {
}
