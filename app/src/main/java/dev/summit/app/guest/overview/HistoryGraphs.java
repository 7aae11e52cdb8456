package dev.summit.app.guest.overview;

import dev.summit.app.guest.overview.GraphData.Scale;
import dev.summit.app.guest.overview.GraphData.Series;
import dev.summit.connectors.inventory.StatsHistory.Metric;
import dev.summit.connectors.inventory.StatsHistory;
import dev.summit.connectors.units.ByteSize;
import java.util.List;

/**
 * The Overview's four graphs from the host's stats history of one guest, so a window opened now
 * shows the last ten minutes at once. Memory keeps two lines because they answer different
 * questions: what the balloon lets the guest use, and what the QEMU process really holds on the host.
 */
final class HistoryGraphs {
    private HistoryGraphs() {
    }

    /** @param givenKiB what the guest was given, shown as its balloon where the driver reports none (as the list does) */
    static List<GraphData> of(StatsHistory.Series history, long givenKiB) {
        long[] times = history.epochMillis();
        Series balloon = series("balloon", history, Metric.BALLOON_KIB, ByteSize.KIB);
        double[] held = balloon.values();
        for (int i = 0; i < held.length; i++) {
            held[i] = held[i] > 0 ? held[i] : givenKiB * ByteSize.KIB;
        }
        return List.of(
                new GraphData("CPU", Scale.PERCENT, times, List.of(series("in use", history, Metric.CPU_PERCENT, 1))),
                new GraphData("Memory", Scale.BYTES, times, List.of(
                        balloon,
                        series("QEMU RSS", history, Metric.RSS_KIB, ByteSize.KIB))),
                new GraphData("Disk", Scale.RATE, times, List.of(
                        series("read", history, Metric.DISK_READ_BYTES_PER_SEC, 1),
                        series("write", history, Metric.DISK_WRITE_BYTES_PER_SEC, 1))),
                new GraphData("Network", Scale.RATE, times, List.of(
                        series("receive", history, Metric.NET_RX_BYTES_PER_SEC, 1),
                        series("transmit", history, Metric.NET_TX_BYTES_PER_SEC, 1))));
    }

    private static Series series(String label, StatsHistory.Series history, Metric metric, double scale) {
        float[] raw = history.values(metric);
        double[] values = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[i] * scale;
        }
        return new Series(label, values);
    }
}
