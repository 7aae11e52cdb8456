package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.TestDriverHosts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteGuestTest {
    private static final String ALPHA = "00000000-aaaa-4000-8000-000000000001";

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private HostSession session;
    private InventoryProbe probe;

    @BeforeEach
    void connect() {
        session = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
        probe = InventoryProbe.on(session);
        probe.await("connected", Duration.ofSeconds(10), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void thePlanDeletesOnlyTheGuestsOwnDisk() throws Exception {
        List<DiskDecision> plan = DeleteGuest.plan(session, ALPHA).get(10, TimeUnit.SECONDS);

        assertThat(plan).extracting(DiskDecision::source, DiskDecision::remove).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/var/lib/libvirt/images/alpha.qcow2", true),
                org.assertj.core.groups.Tuple.tuple("/var/lib/libvirt/images/shared-data.raw", false),
                org.assertj.core.groups.Tuple.tuple("/var/lib/libvirt/images/installer.iso", false));
        assertThat(plan).filteredOn(d -> d.source().endsWith("shared-data.raw"))
                .extracting(DiskDecision::why).containsExactly("kept: also used by 'beta'");
    }

    @Test
    void deletingARunningGuestRemovesItAndItsOwnDiskButKeepsTheIsoAndSharedDisk() throws Exception {
        DeleteGuest.Outcome outcome = DeleteGuest.run(session, ALPHA, true).get(10, TimeUnit.SECONDS);

        assertThat(outcome.deletedVolumes()).containsExactly("/var/lib/libvirt/images/alpha.qcow2");
        assertThat(outcome.failures()).isEmpty();
        probe.await("alpha gone", Duration.ofSeconds(5), inv -> !inv.guests().containsKey(ALPHA));
        List<String> volumes = session.submit("list volumes", null,
                conn -> List.of(conn.storagePoolLookupByName("default").listVolumes())).get(10, TimeUnit.SECONDS);
        assertThat(volumes).containsExactlyInAnyOrder("installer.iso", "shared-data.raw");
    }

    @Test
    void keepingDisksLeavesEveryVolume() throws Exception {
        DeleteGuest.run(session, ALPHA, false).get(10, TimeUnit.SECONDS);

        List<String> volumes = session.submit("list volumes", null,
                conn -> List.of(conn.storagePoolLookupByName("default").listVolumes())).get(10, TimeUnit.SECONDS);
        assertThat(volumes).containsExactlyInAnyOrder("alpha.qcow2", "installer.iso", "shared-data.raw");
        assertThat(session.inventory().guests()).doesNotContainKey(ALPHA);
    }
}
