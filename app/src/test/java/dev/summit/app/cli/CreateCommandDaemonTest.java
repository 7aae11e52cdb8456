package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.InstallTreeServer;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit create` on the real libvirtd: the same CreateGuest operation the wizard will run. */
@Tag("daemon")
class CreateCommandDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    private Path iso;

    @BeforeEach
    void pool() throws Exception {
        RealDaemon.ensurePool();
        iso = RealDaemon.isoVolume();
    }

    @AfterEach
    void removeGuest() {
        RealDaemon.removeGuest(name);
    }

    @Test
    void createsAndStartsAGuestFromTheGrubRescueIso() throws Exception {
        SummitProcess.Result result = new SummitProcess(home).run("create", "--name", name, "--iso", iso.toString(),
                "--memory", "128", "--vcpus", "1", "--disk", "0.0625", "--pool", RealDaemon.POOL, "--network", "none",
                "--connect", RealDaemon.URI);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("created " + name + " (Generic or unknown OS): 128 MiB, 1 vCPUs, 0.1 GiB disk "
                + RealDaemon.POOL_DIR.resolve(name + ".qcow2") + "; running\n");
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
    }

    @Test
    void fromATemplateALinkedCloneRunsAndThenAPausedCopyOfItPerDisk() throws Exception {
        String template = name + "-tpl";
        RealDaemon.defineGuest(template);
        try {
            assertThat(new SummitProcess(home).run("template", "mark", template, "--connect", RealDaemon.URI).exit()).isZero();

            SummitProcess.Result made = new SummitProcess(home).run("create", "--template", template, "--name", name,
                    "--memory", "160", "--connect", RealDaemon.URI);

            assertThat(made.exit()).as(made.err()).isZero();
            assertThat(made.out()).startsWith("created " + name + " (from template " + template + ", linked clone): 160 MiB");
            assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");

            SummitProcess.Result refused = new SummitProcess(home).run("clone", name, "--to", name + "-c", "--connect",
                    RealDaemon.URI);
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("is running; let Summit pause it while its disks are copied");

            SummitProcess.Result cloned = new SummitProcess(home).run("clone", name, "--to", name + "-c", "--pause-source",
                    "--disk", "vda=full", "--connect", RealDaemon.URI);
            assertThat(cloned.exit()).as(cloned.err()).isZero();
            assertThat(cloned.out()).contains("cloned " + name + " → " + name + "-c");
            assertThat(RealDaemon.virsh("domstate", name).strip()).as("resumed").isEqualTo("running");
            assertThat(RealDaemon.run("qemu-img", "info", "-U", RealDaemon.POOL_DIR.resolve(name + "-c-vda.qcow2").toString()))
                    .doesNotContain("backing file");
        } finally {
            RealDaemon.removeAllStartingWith(name);
            RealDaemon.removeAllStartingWith(template);
        }
    }

    @Test
    void badInputListsEveryProblemAndCreatesNothing() throws Exception {
        SummitProcess.Result result = new SummitProcess(home).run("create", "--name", name, "--iso", iso.toString(),
                "--memory", "99999999", "--disk", "100000", "--pool", RealDaemon.POOL, "--network", "summit-no-such-net",
                "--connect", RealDaemon.URI);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("summit: --memory: 99999999 MiB is more memory than the host has")
                .contains("summit: --disk: 100000 GiB does not fit in pool 'summit-test'")
                .contains("summit: --network: There is no network 'summit-no-such-net' on this host.");
        assertThat(RealDaemon.virshOk("domstate", name)).isFalse();
        assertThat(RealDaemon.POOL_DIR.resolve(name + ".qcow2")).doesNotExist();
    }

    @Test
    void dryRunDetectsTheOsAndCreatesNothing() throws Exception {
        SummitProcess.Result result = new SummitProcess(home).run("create", "--iso", iso.toString(), "--pool", RealDaemon.POOL,
                "--network", "none", "--os", "debian11", "--dry-run", "--connect", RealDaemon.URI);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).matches("would create [a-z0-9-]+ \\(Debian 11\\): 1024 MiB, \\d+ vCPUs, 20 GiB disk in pool"
                + " summit-test, (kvm|qemu)\\n");
    }

    @Test
    void importBootsAnExistingDiskInPlaceAndNeverDeletesIt() throws Exception {
        String imported = "wiz-" + Long.toHexString(System.nanoTime());
        RealDaemon.virsh("vol-create-as", RealDaemon.POOL, imported + ".qcow2", "64M", "--format", "qcow2");
        Path disk = RealDaemon.POOL_DIR.resolve(imported + ".qcow2");
        try {
            SummitProcess.Result result = new SummitProcess(home).run("create", "--name", imported, "--import",
                    disk.toString(), "--memory", "128", "--vcpus", "1", "--network", "none", "--connect", RealDaemon.URI);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).isEqualTo("created " + imported + " (Generic or unknown OS): 128 MiB, 1 vCPUs, 0.1 GiB disk "
                    + disk + "; running\n");
            assertThat(RealDaemon.virsh("domstate", imported).strip()).isEqualTo("running");
            assertThat(RealDaemon.virsh("dumpxml", imported)).contains("<source file='" + disk + "'")
                    .contains("type='qcow2'").doesNotContain("cdrom");
        } finally {
            RealDaemon.removeGuest(imported);
        }
    }

    @Test
    void importOfAMissingDiskSaysSoAndCreatesNothing() throws Exception {
        String imported = "wiz-" + Long.toHexString(System.nanoTime());
        SummitProcess.Result result = new SummitProcess(home).run("create", "--name", imported, "--import",
                "/nonexistent/disk.qcow2", "--network", "none", "--connect", RealDaemon.URI);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("summit: --import: There is no file /nonexistent/disk.qcow2.\n");
        assertThat(RealDaemon.virshOk("domstate", imported)).isFalse();
    }

    @Test
    void aNetworkInstallWhoseInitrdDoesNotMatchItsTreeinfoSumIsRefusedAndLeavesNothing(@TempDir Path tree) throws Exception {
        try (InstallTreeServer server = InstallTreeServer.serving(tree)) {
            server.fedoraTree("f37");
            server.checksums("f37", "f".repeat(64));

            SummitProcess.Result result = new SummitProcess(home).run("create", "--location", server.url("f37/"), "--name", name,
                    "--memory", "128", "--vcpus", "1", "--disk", "0.0625", "--pool", RealDaemon.POOL, "--network", "none",
                    "--connect", RealDaemon.URI);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("summit: warning: Not https: the installer comes over plain http")
                    .contains("summit: The installer initrd (images/pxeboot/initrd.img) does not match the tree's .treeinfo:"
                            + " sha256 expected " + "f".repeat(64) + ", got "
                            + InstallTreeServer.sha256(tree.resolve("f37/images/pxeboot/initrd.img")) + ". Nothing was uploaded.");
            assertThat(RealDaemon.virshOk("dominfo", name)).isFalse();
            RealDaemon.virsh("pool-refresh", RealDaemon.POOL);
            assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(name);
        }
    }
}
