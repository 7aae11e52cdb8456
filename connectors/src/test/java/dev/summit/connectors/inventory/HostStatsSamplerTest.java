package dev.summit.connectors.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The host's CPU busy share from its time counters, its memory in use, and the bounded history they go into. */
class HostStatsSamplerTest {
    @Test
    void busyIsTheShareOfTimeNotIdleSinceThePreviousSample() {
        HostStatsSampler sampler = new HostStatsSampler();
        Map<String, Long> memory = Map.of("total", 8_000_000L, "free", 2_000_000L, "buffers", 500_000L, "cached", 1_500_000L);

        HostPoint first = sampler.sample(Map.of("kernel", 100L, "user", 100L, "idle", 800L, "iowait", 0L), memory, 0, 0);
        HostPoint second = sampler.sample(Map.of("kernel", 150L, "user", 250L, "idle", 1000L, "iowait", 0L), memory, 0, 0);

        assertThat(first.cpuPercent()).as("nothing to compare the first sample with").isZero();
        assertThat(second.cpuPercent()).isCloseTo(50.0, within(0.01));
        assertThat(second.memoryUsedKiB()).as("neither free nor cache").isEqualTo(4_000_000L);
        assertThat(second.memoryTotalKiB()).isEqualTo(8_000_000L);
    }

    @Test
    void withoutMemoryStatsTheNodeInfoAndFreeMemoryStandIn() {
        HostPoint point = new HostStatsSampler().sample(Map.of(), Map.of(), 3_000_000L, 1_000_000L);

        assertThat(point.memoryUsedKiB()).isEqualTo(2_000_000L);
        assertThat(point.memoryTotalKiB()).isEqualTo(3_000_000L);
    }

    @Test
    void theHistoryKeepsTheNewestSamplesOnly() {
        HostStatsHistory history = new HostStatsHistory(3);
        for (int i = 1; i <= 5; i++) {
            history.record(i * 1000L, new HostPoint(i * 10, i * 100L, 1000L));
        }
        HostStatsHistory.Series series = history.series();

        assertThat(series.epochMillis()).containsExactly(3000L, 4000L, 5000L);
        assertThat(series.cpuPercent()).containsExactly(30f, 40f, 50f);
        assertThat(series.memoryUsedKiB()).containsExactly(300f, 400f, 500f);
        assertThat(series.memoryTotalKiB()).containsExactly(1000f, 1000f, 1000f);
    }
}
