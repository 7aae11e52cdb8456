package dev.summit.connectors.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.summit.connectors.jna.DomainStatsRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsSamplerTest {
    private static final long SECOND = 1_000_000_000L;
    private static final int RUNNING = 1;
    private static final int PAUSED = 3;
    private static final int SHUT_OFF = 5;

    private final StatsSampler sampler = new StatsSampler();

    @Test
    void cpuIsBusyTimeOverElapsedTimeAndVcpus() {
        sampler.sample(List.of(guest("a", RUNNING, 1, 10 * SECOND)), 0);

        GuestSample later = sampler.sample(List.of(guest("a", RUNNING, 1, 11 * SECOND)), 2 * SECOND).get("a");

        assertThat(later.stats().cpuPercent()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void cpuIsSharedOverEveryVcpu() {
        sampler.sample(List.of(guest("a", RUNNING, 4, 0)), 0);

        GuestSample later = sampler.sample(List.of(guest("a", RUNNING, 4, 2 * SECOND)), SECOND).get("a");

        assertThat(later.stats().cpuPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(later.vcpus()).isEqualTo(4);
    }

    @Test
    void cpuIsClampedToOneHundred() {
        sampler.sample(List.of(guest("a", RUNNING, 1, 0)), 0);

        assertThat(sampler.sample(List.of(guest("a", RUNNING, 1, 3 * SECOND)), SECOND).get("a").stats().cpuPercent())
                .isEqualTo(100.0);
    }

    @Test
    void theFirstSampleHasNoRatesButDoesHaveMemory() {
        Map<String, Object> fields = running(2, 10 * SECOND);
        fields.put("balloon.current", 524_288L);
        fields.put("balloon.maximum", 1_048_576L);
        fields.put("block.0.rd.bytes", 4096L);

        GuestSample first = sampler.sample(List.of(record("a", fields)), 5 * SECOND).get("a");

        assertThat(first.stats()).isEqualTo(new GuestStats(0, 524_288, 0, 0));
        assertThat(first.maxMemoryKiB()).isEqualTo(1_048_576L);
        assertThat(first.state()).isEqualTo(GuestState.RUNNING);
    }

    @Test
    void memoryFallsBackToTheMaximumThenToZero() {
        Map<String, Object> onlyMaximum = running(1, 0);
        onlyMaximum.put("balloon.maximum", 2048L);

        Map<String, GuestSample> samples = sampler.sample(
                List.of(record("a", onlyMaximum), record("b", running(1, 0))), 0);

        assertThat(samples.get("a").stats().memoryKiB()).isEqualTo(2048);
        assertThat(samples.get("b").stats().memoryKiB()).isZero();
        assertThat(samples.get("b").maxMemoryKiB()).isZero();
    }

    @Test
    void diskAndNetworkAreBytesPerSecondOverEveryDevice() {
        sampler.sample(List.of(record("a", devices(0, 0, 0, 0, 0, 0))), 0);

        // +1000 read on vda, +3000 written on vdb, +500 received and +1500 sent, in 2 s.
        GuestStats stats = sampler.sample(List.of(record("a", devices(1000, 0, 0, 3000, 500, 1500))), 2 * SECOND)
                .get("a").stats();

        assertThat(stats.diskBytesPerSec()).isCloseTo(2000.0, within(1e-9));
        assertThat(stats.netBytesPerSec()).isCloseTo(1000.0, within(1e-9));
    }

    @Test
    void theGraphsGetReadWriteReceiveAndSendApartWithTheBalloonAndTheProcessSize() {
        sampler.sample(List.of(record("a", devices(0, 0, 0, 0, 0, 0))), 0);
        Map<String, Object> later = devices(1000, 0, 0, 3000, 500, 1500);
        later.put("balloon.current", 262_144L);
        later.put("balloon.rss", 300_000L);

        StatsPoint point = sampler.sample(List.of(record("a", later)), 2 * SECOND).get("a").point();

        assertThat(point.diskReadBytesPerSec()).isCloseTo(500.0, within(1e-9));
        assertThat(point.diskWriteBytesPerSec()).isCloseTo(1500.0, within(1e-9));
        assertThat(point.netRxBytesPerSec()).isCloseTo(250.0, within(1e-9));
        assertThat(point.netTxBytesPerSec()).isCloseTo(750.0, within(1e-9));
        assertThat(point.balloonKiB()).isEqualTo(262_144L);
        assertThat(point.rssKiB()).isEqualTo(300_000L);
    }

    @Test
    void countersGoingBackwardsGiveZeroNotANegativeRate() {
        sampler.sample(List.of(record("a", devices(5000, 5000, 5000, 5000, 5000, 5000))), 0);
        sampler.sample(List.of(guest("b", RUNNING, 1, 9 * SECOND)), 0);

        Map<String, GuestSample> later = sampler.sample(List.of(
                record("a", devices(0, 0, 0, 0, 0, 0)), guest("b", RUNNING, 1, SECOND)), SECOND);

        assertThat(later.get("a").stats()).isEqualTo(new GuestStats(0, 0, 0, 0));
        assertThat(later.get("b").stats().cpuPercent()).isZero();
    }

    @Test
    void inactiveGuestsHaveNoRates() {
        sampler.sample(List.of(guest("a", RUNNING, 1, 0)), 0);
        Map<String, Object> off = guest("a", SHUT_OFF, 1, 5 * SECOND).fields();
        Map<String, Object> withBalloon = new HashMap<>(off);
        withBalloon.put("balloon.current", 1024L);
        withBalloon.put("balloon.maximum", 1024L);

        GuestSample stopped = sampler.sample(List.of(record("a", withBalloon)), SECOND).get("a");

        assertThat(stopped.state()).isEqualTo(GuestState.SHUT_OFF);
        assertThat(stopped.stats()).isEqualTo(GuestStats.NONE);
        assertThat(stopped.maxMemoryKiB()).isEqualTo(1024);
    }

    @Test
    void aGuestThatStartsAgainBeginsFromZero() {
        sampler.sample(List.of(guest("a", RUNNING, 1, 100 * SECOND)), 0);
        sampler.sample(List.of(guest("a", SHUT_OFF, 1, 0)), SECOND);
        sampler.sample(List.of(guest("a", RUNNING, 1, 0)), 2 * SECOND);

        GuestSample running = sampler.sample(List.of(guest("a", RUNNING, 1, SECOND / 2)), 3 * SECOND).get("a");

        assertThat(running.stats().cpuPercent()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void aPausedGuestIsActiveButIdle() {
        sampler.sample(List.of(guest("a", PAUSED, 1, SECOND)), 0);

        GuestSample paused = sampler.sample(List.of(guest("a", PAUSED, 1, SECOND)), SECOND).get("a");

        assertThat(paused.state()).isEqualTo(GuestState.PAUSED);
        assertThat(paused.stats().cpuPercent()).isZero();
    }

    @Test
    void forgetsGuestsThatAreGoneAndKeepsEveryRecordInOrder() {
        sampler.sample(List.of(guest("a", RUNNING, 1, 0), guest("b", RUNNING, 1, 0)), 0);
        sampler.sample(List.of(guest("b", RUNNING, 1, 0)), SECOND);

        Map<String, GuestSample> back = sampler.sample(
                List.of(guest("b", RUNNING, 1, 0), guest("a", RUNNING, 1, 10 * SECOND)), 2 * SECOND);

        assertThat(back).containsOnlyKeys("b", "a");
        assertThat(back.keySet()).containsExactly("b", "a");
        assertThat(back.get("a").stats().cpuPercent()).as("no rate from a sample two rounds old").isZero();
        assertThat(back.get("a").name()).isEqualTo("name-a");
    }

    @Test
    void noStateGroupMeansUnknownAndNoRates() {
        GuestSample sample = sampler.sample(List.of(record("a", new HashMap<>())), 0).get("a");

        assertThat(sample.state()).isEqualTo(GuestState.NO_STATE);
        assertThat(sample.stats()).isEqualTo(GuestStats.NONE);
        assertThat(sample.vcpus()).isZero();
    }

    private static DomainStatsRecord guest(String uuid, int state, int vcpus, long cpuTime) {
        Map<String, Object> fields = running(vcpus, cpuTime);
        fields.put("state.state", state);
        return record(uuid, fields);
    }

    private static Map<String, Object> running(int vcpus, long cpuTime) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("state.state", RUNNING);
        fields.put("cpu.time", cpuTime);
        fields.put("vcpu.current", (long) vcpus);
        return fields;
    }

    private static Map<String, Object> devices(long vdaRead, long vdaWrite, long vdbRead, long vdbWrite,
                                               long rx, long tx) {
        Map<String, Object> fields = running(1, 0);
        fields.put("block.count", 2L);
        fields.put("block.0.name", "vda");
        fields.put("block.0.rd.bytes", vdaRead);
        fields.put("block.0.wr.bytes", vdaWrite);
        fields.put("block.0.rd.reqs", 999_999L);
        fields.put("block.1.rd.bytes", vdbRead);
        fields.put("block.1.wr.bytes", vdbWrite);
        fields.put("net.count", 1L);
        fields.put("net.0.rx.bytes", rx);
        fields.put("net.0.tx.bytes", tx);
        fields.put("net.0.rx.pkts", 999_999L);
        return fields;
    }

    private static DomainStatsRecord record(String uuid, Map<String, Object> fields) {
        return new DomainStatsRecord(uuid, "name-" + uuid, fields);
    }
}
