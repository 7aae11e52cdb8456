package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guest-settings verbs as a script runs them, on a real grub-rescue KVM guest: first shut off
 * (everything applies at next boot), then running (memory, vCPUs, pinning, CD, disk, NIC live).
 */
@Tag("daemon")
class GuestSettingsCommandDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-cliset-" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void guest() throws Exception {
        RealDaemon.ensureDefaultNetwork();
        RealDaemon.defineGuest(name);
    }

    @AfterEach
    void remove() {
        RealDaemon.removeAllStartingWith(name);
    }

    private SummitProcess.Result summit(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--connect";
        all[args.length + 1] = RealDaemon.URI;
        return new SummitProcess(home).run(all);
    }

    private String ok(String... args) throws Exception {
        SummitProcess.Result result = summit(args);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    private String inactiveXml() {
        return RealDaemon.virsh("dumpxml", "--inactive", "--security-info", name);
    }

    @Test
    void aShutOffGuestTakesEverythingAtNextBootAndARunningOneLive() throws Exception {
        assertThat(ok("edit", name, "--max-vcpus", "2", "--memory", "256", "--title", "Build box"))
                .contains(name + ": set maximum memory to 256 MiB: applies at next boot")
                .contains("applies at next boot");
        assertThat(ok("boot", name, "--order", "cdrom,hd", "--menu", "on")).contains("applies at next boot");
        assertThat(inactiveXml()).contains("<title>Build box</title>").contains("<bootmenu enable='yes'/>")
                .containsPattern("<vcpu placement='static' current='1'>2</vcpu>|<vcpu current='1'[^>]*>2</vcpu>");

        RealDaemon.virsh("start", name);
        assertThat(ok("edit", name, "--vcpus", "2")).contains("applied now and kept for next boot");
        assertThat(RealDaemon.virsh("vcpucount", name, "--live", "--active").strip()).isEqualTo("2");
        assertThat(ok("edit", name, "--current-memory", "200")).contains("applied now and kept for next boot");
        // grub-rescue has no balloon driver, so the balloon's actual size stays; the target is kept for next boot.
        // (The tiny Linux guest's test in connectors watches a real balloon follow.)
        assertThat(inactiveXml()).contains("<currentMemory unit='KiB'>204800</currentMemory>");

        String before = inactiveXml();
        SummitProcess.Result refused = summit("edit", name, "--current-memory", "999999");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("is above the maximum");
        assertThat(inactiveXml()).isEqualTo(before);

        ok("edit", name, "--pin", "0:0", "--emulator-pin", "0");
        assertThat(RealDaemon.virsh("vcpupin", name, "--live")).containsPattern("0\\s+0\\b");
        assertThat(RealDaemon.virsh("emulatorpin", name, "--live")).matches("(?s)\\s*(\\*:\\s*)?0\\s*");

        ok("cdrom", name, "--eject");
        assertThat(RealDaemon.virsh("domblklist", name)).containsPattern("hdc\\s+-");
        ok("cdrom", name, "--insert", RealDaemon.isoVolume().toString());
        assertThat(RealDaemon.virsh("domblklist", name)).contains(RealDaemon.isoVolume().toString());

        assertThat(ok("disk", "add", name, "--size", "1", "--pool", RealDaemon.POOL)).contains("applied now");
        assertThat(RealDaemon.virsh("domblklist", name)).contains("vdb");
        ok("disk", "resize", name, "vdb", "--size", "2");
        assertThat(RealDaemon.virsh("domblkinfo", name, "vdb")).contains("Capacity:       2147483648");
        SummitProcess.Result shrink = summit("disk", "resize", name, "vdb", "--size", "1");
        assertThat(shrink.exit()).isEqualTo(1);
        assertThat(shrink.err()).contains("a disk only grows");

        ok("nic", "add", name, "--network", "default", "--mac", "52:54:00:5e:11:01");
        assertThat(RealDaemon.virsh("domiflist", name)).contains("52:54:00:5e:11:01");
        ok("nic", "link", name, "52:54:00:5e:11:01", "down");
        assertThat(RealDaemon.virsh("domif-getlink", name, "52:54:00:5e:11:01")).contains("down");

        String info = ok("info", name, "--json");
        assertThat(info).contains("\"state\": \"running (booted)\"", "\"title\": \"Build box\"",
                "\"mac\": \"52:54:00:5e:11:01\"", "\"link\": \"down\"", "\"target\": \"vdb\"");
        assertThat(ok("info", name)).contains("State:       running (booted)");

        Path edited = home.resolve("edited.xml");
        Files.writeString(edited, ok("xml", name).replace("<title>Build box</title>",
                "<title>Build box</title>\n  <description>from a file</description>"));
        String applied = ok("xml", name, "--apply", edited.toString());
        assertThat(applied).contains("+  <description>from a file</description>");
        assertThat(inactiveXml()).contains("<description>from a file</description>");
    }
}
