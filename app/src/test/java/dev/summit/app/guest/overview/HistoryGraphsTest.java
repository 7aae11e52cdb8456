package dev.summit.app.guest.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.inventory.StatsHistory;
import dev.summit.connectors.inventory.StatsPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host's history of a guest becomes the Overview's graphs: one line per figure, in bytes, oldest first. */
class HistoryGraphsTest {
    private static final String UUID = "7b3c0de0-0000-4000-8000-000000000001";

    @Test
    void eachFigureOfTheHistoryIsOneLineOfItsGraph() {
        StatsHistory history = new StatsHistory(3);
        history.record(UUID, 1_000, new StatsPoint(10, 1024, 2048, 100, 200, 300, 400));
        history.record(UUID, 3_000, new StatsPoint(20, 1024, 4096, 110, 210, 310, 410));
        history.record(UUID, 5_000, new StatsPoint(30, 2048, 4096, 120, 220, 320, 420));
        history.record(UUID, 7_000, new StatsPoint(40, 2048, 8192, 130, 230, 330, 430));

        List<GraphData> graphs = HistoryGraphs.of(history.series(UUID), 4096);

        assertThat(graphs).extracting(GraphData::title).containsExactly("CPU", "Memory", "Disk", "Network");
        GraphData cpu = graphs.get(0);
        assertThat(cpu.times()).as("the oldest sample dropped, oldest first").containsExactly(3_000, 5_000, 7_000);
        assertThat(cpu.series().get(0).values()).containsExactly(20, 30, 40);
        GraphData memory = graphs.get(1);
        assertThat(memory.series()).extracting(GraphData.Series::label).containsExactly("balloon", "QEMU RSS");
        assertThat(memory.series().get(0).values()).as("KiB become bytes").containsExactly(1024 * 1024, 2048 * 1024, 2048 * 1024);
        assertThat(memory.latest(1)).isEqualTo(8192 * 1024);
        GraphData disk = graphs.get(2);
        assertThat(disk.series()).extracting(GraphData.Series::label).containsExactly("read", "write");
        assertThat(disk.series().get(1).values()).containsExactly(210, 220, 230);
        GraphData network = graphs.get(3);
        assertThat(network.series()).extracting(GraphData.Series::label).containsExactly("receive", "transmit");
        assertThat(network.latest(0)).isEqualTo(330);
        assertThat(network.latest(1)).isEqualTo(430);
    }

    @Test
    void aDriverWithoutBalloonFiguresShowsWhatTheGuestWasGiven() {
        StatsHistory history = new StatsHistory();
        history.record(UUID, 1_000, new StatsPoint(5, 0, 0, 0, 0, 0, 0));
        history.record(UUID, 3_000, new StatsPoint(5, 0, 0, 0, 0, 0, 0));

        GraphData memory = HistoryGraphs.of(history.series(UUID), 2048).get(1);

        assertThat(memory.series().get(0).values()).containsExactly(2048 * 1024, 2048 * 1024);
        assertThat(memory.series().get(1).values()).as("no RSS figure stays 0").containsExactly(0, 0);
    }

    @Test
    void aGuestWithoutHistoryHasFourEmptyGraphs() {
        List<GraphData> graphs = HistoryGraphs.of(StatsHistory.Series.EMPTY, 4096);
        assertThat(graphs).hasSize(4).allSatisfy(g -> assertThat(g.times()).isEmpty());
        assertThat(graphs.get(1).latest(0)).isZero();
    }
}
