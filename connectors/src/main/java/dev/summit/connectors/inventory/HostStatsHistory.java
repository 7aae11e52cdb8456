package dev.summit.connectors.inventory;

/**
 * The host's own last ten minutes (CPU and memory), kept in the same bounded ring as each guest's
 * {@link StatsHistory} under one key: 300 samples, about 10 KiB, whatever the uptime. Recorded on the
 * host's worker, read from any thread.
 */
public final class HostStatsHistory {
    private static final String HOST = "host";

    private final StatsHistory ring;

    public HostStatsHistory() {
        this(StatsHistory.CAPACITY);
    }

    public HostStatsHistory(int capacity) {
        this.ring = new StatsHistory(capacity);
    }

    /** CPU percent, and the used and total memory in the two memory columns of the guest ring. */
    public void record(long epochMillis, HostPoint point) {
        ring.record(HOST, epochMillis, new StatsPoint(point.cpuPercent(), point.memoryUsedKiB(), point.memoryTotalKiB(),
                0, 0, 0, 0));
    }

    /** A copy, oldest sample first. */
    public Series series() {
        return new Series(ring.series(HOST));
    }

    /** The host's samples, copied out: immutable and safe on any thread. */
    public static final class Series {
        private final StatsHistory.Series samples;

        private Series(StatsHistory.Series samples) {
            this.samples = samples;
        }

        public int size() {
            return samples.size();
        }

        public long[] epochMillis() {
            return samples.epochMillis();
        }

        public float[] cpuPercent() {
            return samples.values(StatsHistory.Metric.CPU_PERCENT);
        }

        public float[] memoryUsedKiB() {
            return samples.values(StatsHistory.Metric.BALLOON_KIB);
        }

        public float[] memoryTotalKiB() {
            return samples.values(StatsHistory.Metric.RSS_KIB);
        }
    }
}
