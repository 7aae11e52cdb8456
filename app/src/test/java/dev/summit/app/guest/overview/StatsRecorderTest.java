package dev.summit.app.guest.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.inventory.GuestStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsRecorderTest {
    @Test
    void keepsTenMinutesAndGivesOneGraphPerFigure() {
        StatsRecorder recorder = new StatsRecorder();
        long start = 1_000_000L;
        for (int i = 0; i <= 400; i++) {
            recorder.add(start + i * 2000L, new GuestStats(i % 100, 1024L * (i + 1), 10.0 * i, 20.0 * i));
        }
        // 400 samples 2 s apart span 800 s: what is older than the newest minus 600 s is gone.
        assertThat(recorder.size()).isEqualTo(301);
        List<GraphData> graphs = recorder.graphs();
        assertThat(graphs).extracting(GraphData::title).containsExactly("CPU", "Memory", "Disk", "Network");
        assertThat(graphs.get(0).times()[0]).isEqualTo(start + 100 * 2000L);
        assertThat(graphs.get(0).latest(0)).isEqualTo(0.0); // 400 % 100
        assertThat(graphs.get(1).latest(0)).isEqualTo(401 * 1024.0 * 1024);
        assertThat(graphs.get(2).latest(0)).isEqualTo(4000.0);
        assertThat(graphs.get(3).series().get(0).values()).hasSize(301);
    }
}
