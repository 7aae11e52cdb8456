package dev.summit.connectors.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TinyLinuxGuest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The list's IP column on a real host: the tiny Linux guest's lease, found by its MAC in one pass over the networks. */
@Tag("daemon")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostLeasesDaemonTest {
    private static final String PREFIX = "summit-test-ov-";

    private final String tiny = PREFIX + "tiny-" + Long.toHexString(System.nanoTime());
    private String tinyUuid;

    @BeforeAll
    void bootTheTinyGuest() throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        tinyUuid = TinyLinuxGuest.define(tiny);
        RealDaemon.virsh("start", tiny);
    }

    @AfterAll
    void removeEverything() {
        RealDaemon.removeAllStartingWith(PREFIX);
    }

    @Test
    void theTinyGuestsLeaseIsFoundByItsMacAndNamedByItsUuid() throws Exception {
        String mac = TinyLinuxGuest.mac(tiny).toLowerCase();
        StatsConnect conn = new StatsConnect(RealDaemon.URI, true);
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT)) {
            HostSession host = engine.open(RealDaemon.URI);
            InventoryProbe.on(host).await("the guest running", Duration.ofSeconds(60),
                    inv -> inv.status() instanceof HostStatus.Connected && inv.guests().containsKey(tinyUuid)
                            && inv.guests().get(tinyUuid).state().isActive());
            HostLeases leases = new HostLeases(host);

            Map<String, String> byGuest = Map.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!byGuest.containsKey(tinyUuid) && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                byGuest = leases.firstIpv4ByGuest().get(20, TimeUnit.SECONDS);
            }

            assertThat(byGuest).as("the guest's lease within 90 s").containsKey(tinyUuid);
            String address = byGuest.get(tinyUuid);
            assertThat(address).startsWith("192.168.122.");
            assertThat(HostLeases.leasesByMac(conn)).containsEntry(mac, address);
            assertThat(RealDaemon.virsh("net-dhcp-leases", "default")).contains(mac).contains(address + "/24");
            assertThat(leases.firstIpv4ByGuest().get(20, TimeUnit.SECONDS))
                    .as("the second pass, from the cached MACs, says the same").containsEntry(tinyUuid, address);
        } finally {
            conn.close();
        }
    }
}
