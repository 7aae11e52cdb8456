package dev.summit.app.hostwindow;

import dev.summit.app.guest.overview.GraphData.Scale;
import dev.summit.app.guest.overview.GraphData.Series;
import dev.summit.app.guest.overview.GraphData;
import dev.summit.connectors.inventory.HostStatsHistory;
import dev.summit.connectors.units.ByteSize;
import java.util.List;

/** The host Overview's two graphs from the host's own stats history: CPU busy, memory used of all. */
final class HostGraphs {
    private HostGraphs() {
    }

    static List<GraphData> of(HostStatsHistory.Series history) {
        long[] times = history.epochMillis();
        return List.of(
                new GraphData("CPU", Scale.PERCENT, times, List.of(new Series("busy", scaled(history.cpuPercent(), 1)))),
                new GraphData("Memory", Scale.BYTES, times, List.of(
                        new Series("used", scaled(history.memoryUsedKiB(), ByteSize.KIB)),
                        new Series("total", scaled(history.memoryTotalKiB(), ByteSize.KIB)))));
    }

    private static double[] scaled(float[] raw, double factor) {
        double[] values = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[i] * factor;
        }
        return values;
    }
}
