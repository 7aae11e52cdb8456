package dev.summit.connectors.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.jna.DhcpLeases.Lease;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TinyLinuxGuest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Networks of each mode made, started, stopped and deleted on the real libvirtd; every kind of bad
 * input refused with nothing defined; a network a running guest uses kept, and its lease seen.
 * Subnets in 10.252.0.0/16 and names with "hostnet" never meet the other tests' networks.
 */
@Tag("daemon")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworksDaemonTest {
    private static final String PREFIX = "summit-test-hostnet-";

    private HostEngine engine;
    private HostSession host;

    @BeforeAll
    void connect() {
        removeLeftovers();
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(30), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterAll
    void removeEverything() {
        if (engine != null) {
            engine.close();
        }
        removeLeftovers();
    }

    private static void removeLeftovers() {
        RealDaemon.removeAllStartingWith(PREFIX);
        for (String network : networks()) {
            if (network.startsWith(PREFIX)) {
                RealDaemon.virshOk("net-destroy", network);
                RealDaemon.virshOk("net-undefine", network);
            }
        }
    }

    private static List<String> networks() {
        return RealDaemon.virsh("net-list", "--all", "--name").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void eachModeIsCreatedStartedStoppedAndDeleted() throws Exception {
        int third = 10;
        for (NetworkMode mode : NetworkMode.values()) {
            String name = PREFIX + mode.label();
            Ipv4Subnet subnet = Ipv4Subnet.parse("10.252." + third++ + ".0/24");
            NetworkRequest request = new NetworkRequest(name, mode, subnet, subnet.suggestedRange(),
                    new NetworkExtras(null, "hostnet.lan",
                    mode == NetworkMode.NAT ? Ipv6Subnet.parse("fd00:252:" + third + "::/64") : null, null), false);

            assertThat(get(CreateNetwork.run(host, request))).isEqualTo(name);
            assertThat(RealDaemon.virsh("net-info", name)).containsPattern("Active:\\s+yes").containsPattern("Autostart:\\s+no");
            NetworkSummary listed = listed(name);
            assertThat(listed.active()).isTrue();
            assertThat(listed.definition().modeLabel()).isEqualTo(mode.label());
            assertThat(listed.definition().ipv4()).containsExactly(subnet);
            assertThat(listed.definition().dhcp()).isEqualTo(subnet.suggestedRange());

            get(StopNetwork.run(host, name));
            assertThat(RealDaemon.virsh("net-info", name)).containsPattern("Active:\\s+no");
            get(StartNetwork.run(host, name));
            get(SetNetworkAutostart.run(host, name, true));
            assertThat(RealDaemon.virsh("net-info", name)).containsPattern("Active:\\s+yes").containsPattern("Autostart:\\s+yes");
            assertThat(listed(name).autostart()).isTrue();

            get(DeleteNetwork.run(host, name));
            assertThat(networks()).as(mode + " deleted").doesNotContain(name);
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingDefined() throws Exception {
        String taken = PREFIX + "taken";
        Ipv4Subnet takenSubnet = Ipv4Subnet.parse("10.252.20.0/24");
        get(CreateNetwork.run(host, new NetworkRequest(taken, NetworkMode.ISOLATED, takenSubnet, null,
                new NetworkExtras(null, null, null, "virbr-hostnet"), false)));
        List<String> before = networks();

        refused(request("overlap", "10.252.20.128/25", null, null), "overlaps 10.252.20.0/24 of network '" + taken + "'");
        refused(new NetworkRequest(taken, NetworkMode.NAT, Ipv4Subnet.parse("10.252.21.0/24"), null,
                NetworkExtras.NONE, false), "A network called '" + taken + "' exists already");
        refused(new NetworkRequest(PREFIX + "bridge", NetworkMode.NAT, Ipv4Subnet.parse("10.252.22.0/24"), null,
                new NetworkExtras(null, null, null, "virbr-hostnet"), false), "Bridge virbr-hostnet belongs to network '" + taken + "'");
        refused(request("nodev", "10.252.23.0/24", null, "hostnet-none0"), "no interface 'hostnet-none0'");
        refused(request("dhcp", "10.252.24.0/24", "10.252.25.10-10.252.25.20", null), "outside the subnet 10.252.24.0/24");
        String hostRoute = hostRouteSubnet();
        refused(request("route", hostRoute, null, null), "overlaps a route of the host");

        assertThat(networks()).as("nothing defined by a refusal").containsExactlyInAnyOrderElementsOf(before);
        get(DeleteNetwork.run(host, taken));
    }

    @Test
    void aNetworkARunningGuestUsesIsKeptAndTheGuestsLeaseIsShown() throws Exception {
        String network = PREFIX + "leases";
        Ipv4Subnet subnet = Ipv4Subnet.parse("10.252.30.0/24");
        get(CreateNetwork.run(host, new NetworkRequest(network, NetworkMode.NAT, subnet,
                DhcpRange.parse("10.252.30.100-10.252.30.199"), NetworkExtras.NONE, false)));
        String guest = PREFIX + "tiny";
        TinyLinuxGuest.define(guest, network);
        RealDaemon.virsh("start", guest);

        List<Lease> leases = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (leases.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            leases = get(NetworkLeases.of(host, network));
        }
        assertThat(leases).as("the tiny guest's lease within 150 s").hasSize(1);
        assertThat(leases.get(0).mac()).isEqualTo(TinyLinuxGuest.mac(guest).toLowerCase());
        assertThat(leases.get(0).address()).startsWith("10.252.30.");
        assertThat(listed(network).users()).containsExactly(new NetworkUser(guest, true));

        assertThatThrownBy(() -> get(StopNetwork.run(host, network)))
                .hasMessageContaining("Network '" + network + "' was not stopped: running guest " + guest + " uses it");
        assertThatThrownBy(() -> get(DeleteNetwork.run(host, network)))
                .hasMessageContaining("Network '" + network + "' was not deleted: running guest " + guest + " uses it");
        assertThat(RealDaemon.virsh("net-info", network)).containsPattern("Active:\\s+yes");

        RealDaemon.virsh("destroy", guest);
        get(DeleteNetwork.run(host, network));
        assertThat(networks()).doesNotContain(network);
    }

    private NetworkRequest request(String suffix, String cidr, String dhcp, String forward) {
        return new NetworkRequest(PREFIX + suffix, NetworkMode.NAT, Ipv4Subnet.parse(cidr),
                dhcp == null ? null : DhcpRange.parse(dhcp), new NetworkExtras(forward, null, null, null), false);
    }

    private void refused(NetworkRequest request, String message) {
        assertThatThrownBy(() -> get(CreateNetwork.run(host, request)))
                .hasMessageStartingWith("Network '" + request.name() + "' was not created: ").hasMessageContaining(message);
        if (!request.name().endsWith("taken")) {
            assertThat(networks()).doesNotContain(request.name());
        }
    }

    private NetworkSummary listed(String name) throws Exception {
        return get(NetworkList.read(host)).stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** A subnet the host routes to one of its own interfaces (not a libvirt bridge), from the kernel's table. */
    private static String hostRouteSubnet() throws Exception {
        List<String> table = Files.readAllLines(Path.of("/proc/net/route"));
        for (String line : table.subList(1, table.size())) {
            String[] f = line.trim().split("\\s+");
            long destination = Long.parseLong(f[1], 16);
            long mask = Long.parseLong(f[7], 16);
            if (destination != 0 && !f[0].startsWith("virbr") && Long.bitCount(mask) <= 30) {
                return (destination & 0xff) + "." + (destination >> 8 & 0xff) + "." + (destination >> 16 & 0xff) + "."
                        + (destination >> 24 & 0xff) + "/" + Long.bitCount(mask);
            }
        }
        throw new IllegalStateException("the host routes no subnet to an interface of its own");
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
