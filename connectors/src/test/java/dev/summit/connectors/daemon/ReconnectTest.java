package dev.summit.connectors.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.Backoff;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TestDriverHosts;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** libvirtd restarted under a connected host: we notice, retry, and list the truth afterwards. */
@Tag("daemon")
class ReconnectTest {
    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofSeconds(1))
            .withBackoff(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4))));

    @AfterEach
    void cleanUp() {
        engine.close();
        RealDaemon.removeGuest(name);
    }

    @Test
    void aRestartedDaemonIsReconnectedAndTheListIsRight() throws Exception {
        String uuid = RealDaemon.defineGuest(name);
        RealDaemon.virsh("start", name);
        HostSession session = engine.open(RealDaemon.URI);
        HostSession bystander = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
        InventoryProbe probe = InventoryProbe.on(session);
        InventoryProbe other = InventoryProbe.on(bystander);
        probe.await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);

        RealDaemon.restartLibvirtd();
        HostInventory lost = probe.await("disconnected — retrying", Duration.ofSeconds(60),
                inv -> inv.status() instanceof HostStatus.Retrying);
        assertThat(lost.status().describe()).isEqualTo("disconnected — retrying");
        // While the daemon was away the guest changed; the reconnected list must show it.
        RealDaemon.virsh("suspend", name);

        HostInventory back = probe.await("reconnected, showing the guest paused", Duration.ofSeconds(30),
                inv -> inv.status() instanceof HostStatus.Connected && inv.guests().containsKey(uuid)
                        && inv.guests().get(uuid).state() == GuestState.PAUSED);
        assertThat(back.guests().values()).extracting(g -> g.name())
                .containsExactlyInAnyOrderElementsOf(RealDaemon.virsh("list", "--all", "--name").lines()
                        .filter(l -> !l.isBlank()).toList());
        assertThat(other.await("bystander untouched", Duration.ofSeconds(30),
                inv -> inv.status() instanceof HostStatus.Connected).guests()).hasSize(3);
    }
}
