package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit net` on the real libvirtd: a network made, listed, stopped, started with autostart and deleted. */
@Tag("daemon")
class NetCommandDaemonTest {
    private static final String NAME = "summit-test-hostnet-cli";
    private static final String GUEST = "summit-test-hostnet-cli-guest";

    @TempDir
    Path home;

    private SummitProcess.Result summit(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--connect";
        all[args.length + 1] = RealDaemon.URI;
        return new SummitProcess(home).run(all);
    }

    @AfterEach
    void removeTheNetwork() {
        RealDaemon.removeGuest(GUEST);
        RealDaemon.virshOk("net-destroy", NAME);
        RealDaemon.virshOk("net-undefine", NAME);
    }

    @Test
    void aNetworksWholeLifeFromTheCommandLine() throws Exception {
        SummitProcess.Result created = summit("net", "create", NAME, "--mode", "nat", "--ipv4", "10.252.70.0/24",
                "--dhcp", "10.252.70.100-10.252.70.120", "--domain", "hostnet.example", "--ipv6", "fd00:252:70::/64");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(RealDaemon.virsh("net-dumpxml", NAME)).contains("<range start='10.252.70.100' end='10.252.70.120'/>",
                "<domain name='hostnet.example' localOnly='yes'/>", "address='fd00:252:70::1' prefix='64'");

        SummitProcess.Result listed = summit("net", "list", "--json");
        assertThat(listed.out()).contains("\"name\": \"" + NAME + "\",\n    \"active\": true");

        assertThat(summit("net", "stop", NAME).exit()).isZero();
        assertThat(RealDaemon.virsh("net-info", NAME)).containsPattern("Active:\\s+no");
        assertThat(summit("net", "start", NAME, "--autostart").exit()).isZero();
        assertThat(RealDaemon.virsh("net-info", NAME)).containsPattern("Active:\\s+yes").containsPattern("Autostart:\\s+yes");

        SummitProcess.Result leases = summit("net", "leases", NAME, "--json");
        assertThat(leases.exit()).as(leases.err()).isZero();
        assertThat(leases.out()).isEqualTo("[]\n");

        SummitProcess.Result again = summit("net", "create", NAME + "-2", "--mode", "nat", "--ipv4", "10.252.70.0/24");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(RealDaemon.virsh("net-list", "--all", "--name")).doesNotContain(NAME + "-2");

        SummitProcess.Result deleted = summit("net", "delete", NAME);
        assertThat(deleted.exit()).as(deleted.err()).isZero();
        assertThat(RealDaemon.virsh("net-list", "--all", "--name")).doesNotContain(NAME);
    }

    @Test
    void stopAndDeleteAreRefusedWhileARunningGuestUsesTheNetworkNamingIt() throws Exception {
        assertThat(summit("net", "create", NAME, "--mode", "isolated", "--ipv4", "10.252.71.0/24").exit()).isZero();
        RealDaemon.defineGuest(GUEST, "<interface type='network'><source network='" + NAME + "'/><model type='virtio'/></interface>");
        RealDaemon.virsh("start", GUEST);

        SummitProcess.Result stop = summit("net", "stop", NAME, "--no-autostart");
        assertThat(stop.exit()).isEqualTo(1);
        assertThat(stop.err()).contains("Network '" + NAME + "' was not stopped: running guest " + GUEST + " uses it.");
        SummitProcess.Result delete = summit("net", "delete", NAME);
        assertThat(delete.exit()).isEqualTo(1);
        assertThat(delete.err()).contains("Network '" + NAME + "' was not deleted: running guest " + GUEST + " uses it.");
        assertThat(RealDaemon.virsh("net-info", NAME)).containsPattern("Active:\\s+yes");
        assertThat(RealDaemon.virsh("domstate", GUEST)).contains("running");

        RealDaemon.virsh("destroy", GUEST);
        assertThat(summit("net", "stop", NAME).exit()).isZero();
        assertThat(summit("net", "delete", NAME).exit()).isZero();
        assertThat(RealDaemon.virsh("net-list", "--all", "--name")).doesNotContain(NAME);
    }
}
