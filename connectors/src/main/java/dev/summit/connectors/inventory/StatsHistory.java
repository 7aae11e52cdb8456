package dev.summit.connectors.inventory;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last {@value #CAPACITY} bulk samples of each running guest, for its graphs: ten minutes at
 * the default 2 s stats interval. Memory is bounded per guest whatever its uptime: a ring of one
 * {@code long} time and seven {@code float} figures per sample, 300 × (8 + 7 × 4) B ≈ 10.5 KiB per
 * running guest (about 10 MiB for a thousand). A guest that stops or leaves the host is forgotten,
 * so stopped guests cost nothing and a restarted guest's graphs start afresh.
 *
 * <p>The host's worker records; any thread reads. Each guest's ring has its own lock, held only to
 * write one sample or copy the ring out, so a reader never sees half a sample and never holds the
 * worker up for longer than a 10 KiB copy.
 */
public final class StatsHistory {
    /** Samples kept per guest. */
    public static final int CAPACITY = 300;

    /** The figures each sample keeps, one column each. */
    public enum Metric {
        CPU_PERCENT, BALLOON_KIB, RSS_KIB, DISK_READ_BYTES_PER_SEC, DISK_WRITE_BYTES_PER_SEC,
        NET_RX_BYTES_PER_SEC, NET_TX_BYTES_PER_SEC;

        float of(StatsPoint point) {
            return (float) switch (this) {
                case CPU_PERCENT -> point.cpuPercent();
                case BALLOON_KIB -> point.balloonKiB();
                case RSS_KIB -> point.rssKiB();
                case DISK_READ_BYTES_PER_SEC -> point.diskReadBytesPerSec();
                case DISK_WRITE_BYTES_PER_SEC -> point.diskWriteBytesPerSec();
                case NET_RX_BYTES_PER_SEC -> point.netRxBytesPerSec();
                case NET_TX_BYTES_PER_SEC -> point.netTxBytesPerSec();
            };
        }
    }

    private static final Metric[] METRICS = Metric.values();

    private final int capacity;
    private final Map<String, Ring> rings = new ConcurrentHashMap<>();

    public StatsHistory() {
        this(CAPACITY);
    }

    /** A history keeping {@code capacity} samples per guest (tests use small ones). */
    public StatsHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a history keeps at least one sample, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Appends one sample of a running guest, dropping its oldest once the ring is full. */
    public void record(String uuid, long epochMillis, StatsPoint point) {
        Objects.requireNonNull(point, "point");
        rings.computeIfAbsent(uuid, u -> new Ring(capacity)).add(epochMillis, point);
    }

    /** Forgets every guest not in {@code running}. */
    public void retainOnly(Set<String> running) {
        rings.keySet().retainAll(running);
    }

    /** How many guests have a history now. */
    public int guests() {
        return rings.size();
    }

    /** A copy of one guest's history, oldest sample first; {@link Series#EMPTY} for a guest without one. */
    public Series series(String uuid) {
        Ring ring = rings.get(uuid);
        return ring == null ? Series.EMPTY : ring.copy();
    }

    /** One guest's samples, oldest first, copied out: immutable and safe to keep on any thread. */
    public static final class Series {
        public static final Series EMPTY = new Series(new long[0], new float[METRICS.length][0]);

        private final long[] times;
        private final float[][] columns;

        private Series(long[] times, float[][] columns) {
            this.times = times;
            this.columns = columns;
        }

        public int size() {
            return times.length;
        }

        public boolean isEmpty() {
            return times.length == 0;
        }

        /** When sample {@code index} was taken, in milliseconds since the epoch. */
        public long epochMillis(int index) {
            return times[index];
        }

        public float value(Metric metric, int index) {
            return columns[metric.ordinal()][index];
        }

        /** The newest value of {@code metric}, or 0 when there are no samples. */
        public float latest(Metric metric) {
            return isEmpty() ? 0 : value(metric, size() - 1);
        }

        /** Every value of {@code metric}, oldest first, as a new array the caller may keep. */
        public float[] values(Metric metric) {
            return columns[metric.ordinal()].clone();
        }

        /** Every sample time, oldest first, as a new array the caller may keep. */
        public long[] epochMillis() {
            return times.clone();
        }
    }

    private static final class Ring {
        private final long[] times;
        private final float[][] columns;
        /** Where the next sample goes; once full, also the oldest sample. */
        private int next;
        private int size;

        Ring(int capacity) {
            times = new long[capacity];
            columns = new float[METRICS.length][capacity];
        }

        synchronized void add(long epochMillis, StatsPoint point) {
            times[next] = epochMillis;
            for (Metric metric : METRICS) {
                columns[metric.ordinal()][next] = metric.of(point);
            }
            next = (next + 1) % times.length;
            size = Math.min(size + 1, times.length);
        }

        synchronized Series copy() {
            int oldest = size < times.length ? 0 : next;
            long[] outTimes = unroll(times, oldest);
            float[][] out = new float[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                out[c] = unroll(columns[c], oldest);
            }
            return new Series(outTimes, out);
        }

        private long[] unroll(long[] ring, int oldest) {
            long[] out = new long[size];
            int firstPart = Math.min(size, ring.length - oldest);
            System.arraycopy(ring, oldest, out, 0, firstPart);
            System.arraycopy(ring, 0, out, firstPart, size - firstPart);
            return out;
        }

        private float[] unroll(float[] ring, int oldest) {
            float[] out = new float[size];
            int firstPart = Math.min(size, ring.length - oldest);
            System.arraycopy(ring, oldest, out, 0, firstPart);
            System.arraycopy(ring, 0, out, firstPart, size - firstPart);
            return out;
        }
    }
}
