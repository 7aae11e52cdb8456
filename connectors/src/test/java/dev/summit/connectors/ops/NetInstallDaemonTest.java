package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.storage.InstallerOnHost;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.InstallTreeServer;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.xml.NicChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network install from a tree served over HTTP by the test itself (no internet needed). Its
 * "installer kernel" is GRUB made bootable by the Linux boot protocol (lnxboot.img + a core image):
 * QEMU loads it as it would a distribution's vmlinuz.
 */
@Tag("daemon")
class NetInstallDaemonTest {
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "net-" + Long.toHexString(System.nanoTime());
    private final OsInfoDb osinfo = OsInfoDb.system();
    private HostSession host;
    private InstallTreeServer server;

    @TempDir
    Path tree;

    @BeforeEach
    void serveTree() throws Exception {
        RealDaemon.ensurePool();
        server = InstallTreeServer.serving(tree);
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        server.close();
        RealDaemon.removeAllStartingWith(name);
        engine.close();
    }

    private String url(String path) {
        return server.url(path);
    }

    @Test
    void aTreeWithTreeinfoIsRecognisedAndTheInstallerRunsOnceThenTheDiskIsWhatBoots() throws Exception {
        server.fedoraTree("f37");

        NetInstall install = InstallTreeLocator.standard().locate(url("f37/"), null, osinfo);

        assertThat(install.os().shortId()).isEqualTo("fedora37");
        assertThat(install.cmdline()).isEqualTo("inst.repo=" + url("f37"));
        CreateRequest request = CreateRequest.of(name, null).withResources(128, 1, 64L << 20).withPool(RealDaemon.POOL)
                .withNetwork(new NicChoice.None()).withOs(install.os().shortId());
        InstallerOnHost installer = InstallerOnHost.prepare(host, install, name, RealDaemon.POOL, OperationProgress.IGNORE,
                new CancelSignal()).get(60, TimeUnit.SECONDS);
        new CreateGuest(host, request, osinfo).installingFrom(installer.kernelPath(), installer.initrdPath(), install.cmdline())
                .run(OperationProgress.IGNORE, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        assertThat(RealDaemon.virsh("dumpxml", name)).contains("<kernel>" + installer.kernelPath() + "</kernel>")
                .contains("inst.repo=" + url("f37")).contains("<on_reboot>destroy</on_reboot>");
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", name)).as("the next boot is the installed disk's")
                .doesNotContain("<kernel>").contains("<on_reboot>restart</on_reboot>").contains(name + ".qcow2");
        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).as("QEMU has loaded them: gone from the pool")
                .doesNotContain(name + "-installer-");
        assertThat(GuestScreen.waitForColours(name, Duration.ofSeconds(60))).isGreaterThan(1);
    }

    @Test
    void withoutTreeinfoTheChosenOsesLayoutIsFoundAndABadUrlIsToldPlainly() throws Exception {
        Path netboot = Files.createDirectories(tree.resolve("deb/current/images/netboot/debian-installer/amd64"));
        Files.writeString(netboot.resolve("linux"), "kernel");
        Files.writeString(netboot.resolve("initrd.gz"), "initrd");

        NetInstall install = InstallTreeLocator.standard().locate(url("deb"), osinfo.find("debian11").orElseThrow(), osinfo);

        assertThat(install.kernel().toString()).isEqualTo(url("deb/current/images/netboot/debian-installer/amd64/linux"));
        assertThat(install.cmdline()).isEmpty();
        assertThatThrownBy(() -> InstallTreeLocator.standard().locate(url("nothing-here"), null, osinfo))
                .isInstanceOf(IOException.class).hasMessageStartingWith("No installer found under " + url("nothing-here")
                        + ": it has no .treeinfo, and none of [");
        assertThatThrownBy(() -> InstallTreeLocator.standard().locate("ftp://mirror/debian", null, osinfo))
                .hasMessage("An install tree is reached over http or https; 'ftp://mirror/debian' is not.");
    }

    @Test
    void theKernelAndInitrdAreCheckedAgainstTheTreeinfoSumsAndAPlainHttpTreeIsSaidToBeOne() throws Exception {
        server.fedoraTree("sums");
        server.checksums("sums", null);

        NetInstall install = InstallTreeLocator.standard().locate(url("sums"), null, osinfo);

        assertThat(install.verified()).isTrue();
        assertThat(install.initrdChecksum().expected()).isEqualTo(InstallTreeServer.sha256(tree.resolve("sums/images/pxeboot/initrd.img")));
        assertThat(install.trustWarning()).hasValue("Not https: the installer comes over plain http, which anyone on the way"
                + " could change; its kernel and initrd are checked against the sha256 sums in .treeinfo, which came the same way.");
        InstallerOnHost installer = InstallerOnHost.prepare(host, install, name, RealDaemon.POOL, OperationProgress.IGNORE,
                new CancelSignal()).get(60, TimeUnit.SECONDS);
        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).contains(name + "-installer-kernel", name + "-installer-initrd");
        installer.undo(host).get(30, TimeUnit.SECONDS);
    }

    @Test
    void anInitrdThatDoesNotMatchItsSumIsRefusedNamingBothSumsAndNothingIsLeft() throws Exception {
        server.fedoraTree("bad");
        String wrong = "0".repeat(64);
        server.checksums("bad", wrong);
        String actual = InstallTreeServer.sha256(tree.resolve("bad/images/pxeboot/initrd.img"));
        NetInstall install = InstallTreeLocator.standard().locate(url("bad"), null, osinfo);
        long tempBefore = installerTempDirs();

        assertThatThrownBy(() -> InstallerOnHost.prepare(host, install, name, RealDaemon.POOL, OperationProgress.IGNORE,
                new CancelSignal()).get(60, TimeUnit.SECONDS)).hasMessageContaining("The installer initrd"
                + " (images/pxeboot/initrd.img) does not match the tree's .treeinfo: sha256 expected " + wrong + ", got "
                + actual + ". Nothing was uploaded.");

        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(name);
        assertThat(installerTempDirs()).as("the downloads are removed").isLessThanOrEqualTo(tempBefore);
    }

    private static long installerTempDirs() throws IOException {
        try (var dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("summit-installer")).count();
        }
    }
}
