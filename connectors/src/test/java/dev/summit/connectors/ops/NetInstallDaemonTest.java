package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.storage.InstallerOnHost;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.xml.NicChoice;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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
    private HttpServer server;

    @TempDir
    Path tree;

    @BeforeEach
    void serveTree() throws Exception {
        RealDaemon.ensurePool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = tree.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(tree) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
            exchange.close();
        });
        server.start();
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        server.stop(0);
        RealDaemon.removeAllStartingWith(name);
        engine.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Test
    void aTreeWithTreeinfoIsRecognisedAndTheInstallerRunsOnceThenTheDiskIsWhatBoots() throws Exception {
        Path images = Files.createDirectories(tree.resolve("f37/images/pxeboot"));
        bootableKernel(images.resolve("vmlinuz"));
        Files.write(images.resolve("initrd.img"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.writeString(tree.resolve("f37/.treeinfo"), """
                [general]
                family = Fedora
                version = 37
                arch = x86_64
                [images-x86_64]
                kernel = images/pxeboot/vmlinuz
                initrd = images/pxeboot/initrd.img
                """);

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
        RealDaemon.virsh("pool-refresh", RealDaemon.POOL);
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

    /** GRUB's core image behind lnxboot.img, which carries the Linux boot protocol's header. */
    private static void bootableKernel(Path target) throws Exception {
        Path core = target.resolveSibling("core.img");
        Process mk = new ProcessBuilder("grub-mkimage", "-O", "i386-pc", "-p", "(memdisk)/boot/grub", "-o", core.toString(),
                "normal", "echo", "minicmd").redirectErrorStream(true).start();
        String output = new String(mk.getInputStream().readAllBytes());
        assertThat(mk.waitFor()).as("grub-mkimage (package grub-pc-bin): " + output).isZero();
        try (OutputStream out = Files.newOutputStream(target)) {
            Files.copy(Path.of("/usr/lib/grub/i386-pc/lnxboot.img"), out);
            Files.copy(core, out);
        }
        Files.delete(core);
    }
}
