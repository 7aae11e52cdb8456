package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.TestDriverHosts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit net` on the test driver: each run a fresh host holding 'hostnet-lan', which the running guest kita uses. */
class NetCommandTest {
    @TempDir
    Path home;

    private SummitProcess.Result summit(String... args) throws Exception {
        String host = TestDriverHosts.uri("host-window.xml");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--connect";
        all[args.length + 1] = host;
        return new SummitProcess(home).run(all);
    }

    @Test
    void listShowsSubnetsRangesAndTheGuestsUsingEachNetwork() throws Exception {
        SummitProcess.Result table = summit("net", "list");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out().lines().toList()).hasSize(3);
        assertThat(table.out()).containsPattern("hostnet-lan\\s+active\\s+no\\s+nat\\s+192.168.150.0/24\\s+"
                + "192.168.150.100-192.168.150.199\\s+kita \\(running\\)");

        SummitProcess.Result json = summit("net", "list", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"name\": \"hostnet-quiet\"", "\"mode\": \"isolated\"", "\"dhcp\": null",
                "\"guest\": \"kita\"", "\"running\": true");
    }

    @Test
    void deleteIsRefusedNamingTheRunningGuest() throws Exception {
        SummitProcess.Result result = summit("net", "delete", "hostnet-lan");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("summit: Network 'hostnet-lan' was not deleted: running guest kita uses it."
                + " Shut it down or move the card to another network first.\n");
    }

    @Test
    void createRefusesAnOverlapAndAForwardDeviceOnAnIsolatedNetwork() throws Exception {
        SummitProcess.Result overlap = summit("net", "create", "hostnet-x", "--mode", "nat", "--ipv4", "192.168.150.0/25");
        assertThat(overlap.exit()).isEqualTo(1);
        assertThat(overlap.err()).contains("Network 'hostnet-x' was not created: The subnet 192.168.150.0/25 overlaps"
                + " 192.168.150.0/24 of network 'hostnet-lan'.");

        SummitProcess.Result isolated = summit("net", "create", "hostnet-x", "--mode", "isolated", "--ipv4", "10.252.61.0/24",
                "--forward", "eth1");
        assertThat(isolated.exit()).isEqualTo(1);
        assertThat(isolated.err()).contains("An isolated network has no forward device: leave it out.");
    }

    @Test
    void createMakesARunningNetwork() throws Exception {
        SummitProcess.Result result = summit("net", "create", "hostnet-x", "--mode", "routed", "--ipv4", "10.252.61.0/24",
                "--dhcp", "10.252.61.10-10.252.61.20", "--forward", "eth1", "--autostart");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("created network hostnet-x (routed, 10.252.61.0/24, DHCP 10.252.61.10-10.252.61.20)\n");
    }

    @Test
    void badTextIsBadUsage() throws Exception {
        SummitProcess.Result cidr = summit("net", "create", "hostnet-x", "--mode", "nat", "--ipv4", "10.252.61.0");
        assertThat(cidr.exit()).isEqualTo(2);
        assertThat(cidr.err()).startsWith("'10.252.61.0' is not an IPv4 subnet: write it as address/prefix");

        SummitProcess.Result mode = summit("net", "create", "hostnet-x", "--mode", "bridge", "--ipv4", "10.252.61.0/24");
        assertThat(mode.exit()).isEqualTo(2);
        assertThat(mode.err()).startsWith("Unknown network mode 'bridge': use nat, routed, isolated or open.");
    }

    @Test
    void leasesSayWhenTheHostCannotReportThem() throws Exception {
        SummitProcess.Result result = summit("net", "leases", "hostnet-lan", "--json");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("does not report DHCP leases");
    }
}
