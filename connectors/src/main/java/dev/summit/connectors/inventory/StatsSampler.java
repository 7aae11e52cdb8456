package dev.summit.connectors.inventory;

import dev.summit.connectors.jna.DomainStatsRecord;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns libvirt's ever-growing counters into rates by keeping each guest's previous bulk sample.
 * Not thread-safe: the host's worker thread owns it, like the connection it samples.
 */
public final class StatsSampler {
    private static final double NANOS_PER_SECOND = 1e9;
    /** Marks a counter the guest did not report, so no rate is made from it. */
    private static final long ABSENT = -1;

    /** The counters a rate needs from the previous sample of one guest. */
    private record Counters(long nanoTime, long cpuTime, long diskRead, long diskWrite, long netRx, long netTx) {
    }

    private Map<String, Counters> previous = new HashMap<>();

    /**
     * Rates for every record, keyed by UUID in record order. Guests missing from {@code records}
     * are forgotten, so one that comes back starts again from zero.
     *
     * @param nanoTime when the records were fetched, from {@link System#nanoTime()}
     */
    public Map<String, GuestSample> sample(List<DomainStatsRecord> records, long nanoTime) {
        Map<String, GuestSample> samples = new LinkedHashMap<>();
        Map<String, Counters> current = new HashMap<>();
        for (DomainStatsRecord record : records) {
            GuestState state = GuestState.fromLibvirt(record.intField("state.state", 0));
            int vcpus = record.intField("vcpu.current", 0);
            long maxMemory = record.longField("balloon.maximum", 0);
            StatsPoint point = StatsPoint.NONE;
            // A stopped guest's counters are stale or absent, and GuestSummary shows it without rates.
            if (state.isActive()) {
                Counters now = new Counters(nanoTime, record.longField("cpu.time", ABSENT),
                        sum(record, "block.", ".rd.bytes"), sum(record, "block.", ".wr.bytes"),
                        sum(record, "net.", ".rx.bytes"), sum(record, "net.", ".tx.bytes"));
                point = rates(previous.get(record.uuid()), now, vcpus,
                        record.longField("balloon.current", maxMemory), record.longField("balloon.rss", 0));
                current.put(record.uuid(), now);
            }
            samples.put(record.uuid(), new GuestSample(record.uuid(), record.name(), state, vcpus, maxMemory, point));
        }
        previous = current;
        return Collections.unmodifiableMap(samples);
    }

    private static StatsPoint rates(Counters before, Counters now, int vcpus, long memoryKiB, long rssKiB) {
        if (before == null || now.nanoTime() <= before.nanoTime()) {
            return new StatsPoint(0, memoryKiB, rssKiB, 0, 0, 0, 0);
        }
        long elapsed = now.nanoTime() - before.nanoTime();
        // A guest with no vcpu group reported still ran on at least one CPU.
        double cpu = delta(before.cpuTime(), now.cpuTime()) * 100.0 / ((double) elapsed * Math.max(1, vcpus));
        double seconds = elapsed / NANOS_PER_SECOND;
        return new StatsPoint(Math.min(100.0, cpu), memoryKiB, rssKiB,
                delta(before.diskRead(), now.diskRead()) / seconds, delta(before.diskWrite(), now.diskWrite()) / seconds,
                delta(before.netRx(), now.netRx()) / seconds, delta(before.netTx(), now.netTx()) / seconds);
    }

    /** Counters restart when the guest restarts or a device is unplugged: that interval counts as 0. */
    private static long delta(long before, long now) {
        return before == ABSENT || now == ABSENT || now < before ? 0 : now - before;
    }

    /** Adds every "prefix.N.suffix" counter, so disks and interfaces need no count to be summed. */
    private static long sum(DomainStatsRecord record, String prefix, String suffix) {
        long total = 0;
        boolean any = false;
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            String key = field.getKey();
            if (key.startsWith(prefix) && key.endsWith(suffix) && field.getValue() instanceof Number n) {
                total += n.longValue();
                any = true;
            }
        }
        return any ? total : ABSENT;
    }
}
