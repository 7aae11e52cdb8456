package dev.summit.connectors.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.inventory.StatsHistory.Metric;
import dev.summit.connectors.inventory.StatsHistory.Series;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StatsHistoryTest {
    private static StatsPoint point(int n) {
        return new StatsPoint(n, 1000L + n, 2000L + n, 10.0 * n, 20.0 * n, 30.0 * n, 40.0 * n);
    }

    @Test
    void keepsEveryFigureOfEachSampleOldestFirst() {
        StatsHistory history = new StatsHistory();
        history.record("a", 1000, point(1));
        history.record("a", 3000, point(2));

        Series series = history.series("a");

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.epochMillis()).containsExactly(1000, 3000);
        assertThat(series.values(Metric.CPU_PERCENT)).containsExactly(1f, 2f);
        assertThat(series.values(Metric.BALLOON_KIB)).containsExactly(1001f, 1002f);
        assertThat(series.values(Metric.RSS_KIB)).containsExactly(2001f, 2002f);
        assertThat(series.values(Metric.DISK_READ_BYTES_PER_SEC)).containsExactly(10f, 20f);
        assertThat(series.values(Metric.DISK_WRITE_BYTES_PER_SEC)).containsExactly(20f, 40f);
        assertThat(series.values(Metric.NET_RX_BYTES_PER_SEC)).containsExactly(30f, 60f);
        assertThat(series.values(Metric.NET_TX_BYTES_PER_SEC)).containsExactly(40f, 80f);
        assertThat(series.latest(Metric.CPU_PERCENT)).isEqualTo(2f);
    }

    @Test
    void aFullRingDropsTheOldestAndNeverGrows() {
        StatsHistory history = new StatsHistory();
        int samples = StatsHistory.CAPACITY * 3 + 7;
        for (int i = 0; i < samples; i++) {
            history.record("a", i * 2000L, point(i));
        }

        Series series = history.series("a");

        assertThat(series.size()).isEqualTo(StatsHistory.CAPACITY);
        int firstKept = samples - StatsHistory.CAPACITY;
        assertThat(series.epochMillis(0)).isEqualTo(firstKept * 2000L);
        assertThat(series.value(Metric.CPU_PERCENT, 0)).isEqualTo(firstKept);
        assertThat(series.latest(Metric.CPU_PERCENT)).isEqualTo(samples - 1);
        long[] times = series.epochMillis();
        for (int i = 1; i < times.length; i++) {
            assertThat(times[i]).as("in time order at %d", i).isEqualTo(times[i - 1] + 2000);
        }
    }

    @Test
    void aCopyDoesNotChangeWhenMoreSamplesArriveOrWhenTheCallerWritesIntoIt() {
        StatsHistory history = new StatsHistory(3);
        history.record("a", 1, point(1));
        Series before = history.series("a");

        before.values(Metric.CPU_PERCENT)[0] = 99;
        history.record("a", 2, point(2));

        assertThat(before.size()).isEqualTo(1);
        assertThat(before.value(Metric.CPU_PERCENT, 0)).isEqualTo(1f);
        assertThat(history.series("a").size()).isEqualTo(2);
    }

    @Test
    void guestsNoLongerRunningAreForgotten() {
        StatsHistory history = new StatsHistory();
        history.record("a", 1, point(1));
        history.record("b", 1, point(1));

        history.retainOnly(Set.of("b"));

        assertThat(history.series("a").isEmpty()).isTrue();
        assertThat(history.series("a").latest(Metric.CPU_PERCENT)).isZero();
        assertThat(history.series("b").size()).isEqualTo(1);
        assertThat(history.guests()).isEqualTo(1);
    }

    @Test
    void readersOnOtherThreadsAlwaysSeeWholeSamplesInOrder() {
        StatsHistory history = new StatsHistory(50);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20_000; i++) {
                history.record("a", i, point(i % 1000));
            }
        });
        while (!writer.isDone()) {
            Series series = history.series("a");
            for (int i = 0; i < series.size(); i++) {
                // Every figure of sample i was written from the same n: a torn sample would mix two.
                float n = series.value(Metric.CPU_PERCENT, i);
                assertThat(series.value(Metric.BALLOON_KIB, i)).isEqualTo(1000 + n);
                assertThat(series.epochMillis(i) % 1000).isEqualTo((long) n);
            }
        }
        writer.join();
        assertThat(history.series("a").size()).isEqualTo(50);
    }

    @Test
    void refusesARingThatKeepsNothing() {
        assertThatThrownBy(() -> new StatsHistory(0)).hasMessageContaining("at least one sample");
    }
}
