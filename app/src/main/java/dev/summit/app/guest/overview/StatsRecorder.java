package dev.summit.app.guest.overview;

import dev.summit.app.guest.overview.GraphData.Scale;
import dev.summit.app.guest.overview.GraphData.Series;
import dev.summit.connectors.inventory.GuestStats;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The guest's figures as the list received them while the window was open, kept for ten minutes.
 * The list's stats add disk reads to writes and receive to transmit, so those graphs have one line
 * each here; the host's own history will tell them apart.
 */
final class StatsRecorder {
    static final Duration KEPT = Duration.ofMinutes(10);

    private record Sample(long time, GuestStats stats) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    /** Adds one sample taken at {@code time} (epoch ms); older than ten minutes falls out. */
    void add(long time, GuestStats stats) {
        samples.addLast(new Sample(time, stats));
        while (!samples.isEmpty() && samples.peekFirst().time() < time - KEPT.toMillis()) {
            samples.removeFirst();
        }
    }

    int size() {
        return samples.size();
    }

    List<GraphData> graphs() {
        long[] times = samples.stream().mapToLong(Sample::time).toArray();
        List<GraphData> graphs = new ArrayList<>();
        graphs.add(new GraphData("CPU", Scale.PERCENT, times, List.of(series("in use", GuestStats::cpuPercent))));
        graphs.add(new GraphData("Memory", Scale.BYTES, times, List.of(series("in use", s -> s.memoryKiB() * 1024.0))));
        graphs.add(new GraphData("Disk", Scale.RATE, times, List.of(series("read + write", GuestStats::diskBytesPerSec))));
        graphs.add(new GraphData("Network", Scale.RATE, times, List.of(series("receive + transmit", GuestStats::netBytesPerSec))));
        return graphs;
    }

    private Series series(String label, ToDoubleFunction<GuestStats> value) {
        return new Series(label, samples.stream().mapToDouble(s -> value.applyAsDouble(s.stats())).toArray());
    }
}
