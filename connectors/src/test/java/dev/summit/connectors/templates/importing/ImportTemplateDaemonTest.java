package dev.summit.connectors.templates.importing;

import dev.summit.connectors.templates.TemplateMark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.xml.XmlTree;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import dev.summit.connectors.xml.NicChoice;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Oracle-VM-style template folder imported onto the machine's libvirtd: its System.img is the
 * grub-rescue image (a hybrid ISO, bootable as a hard disk), so the imported guest must show GRUB.
 */
@Tag("daemon")
class ImportTemplateDaemonTest {
    private final String name = "imp-" + Long.toHexString(System.nanoTime());
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private HostSession session;

    @TempDir
    Path folder;

    @BeforeEach
    void connect() throws Exception {
        RealDaemon.ensurePool();
        session = engine.open(RealDaemon.URI);
        InventoryProbe.on(session).await("connected", Duration.ofSeconds(60),
                inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void removeEverything() {
        engine.close();
        if (RealDaemon.virshOk("domstate", name)) {
            RealDaemon.virshOk("destroy", name);
            RealDaemon.virshOk("undefine", name);
        }
        RealDaemon.virshOk("vol-delete", "--pool", RealDaemon.POOL, name + ".img");
        RealDaemon.virshOk("vol-delete", "--pool", RealDaemon.POOL, name + ".qcow2");
    }

    @Test
    void anOracleVmTemplateFolderImportsAsAQcow2TemplateThatBoots() throws Exception {
        Files.writeString(folder.resolve("vm.cfg"), """
                # Oracle VM template layout: the disk path is the Oracle VM server's; System.img sits beside vm.cfg
                name = '%s'
                memory = '128'
                vcpus = 1
                bootloader = '/usr/bin/pygrub'
                disk = ['file:/OVS/seed_pool/%s/System.img,xvda,w']
                vif = ['bridge=xenbr0,mac=00:16:3e:5a:01:02', 'bridge=xenbr1']
                """.formatted(name, name));
        Files.copy(RealDaemon.RESCUE_ISO, folder.resolve("System.img"));
        ImportTemplate op = new ImportTemplate(session,
                new ImportRequest(folder, null, RealDaemon.POOL, true, null, null, new NicChoice.Network("default")));
        assertThat(op.precheck().get(30, TimeUnit.SECONDS)).isEmpty();

        ImportedTemplate imported = op.run(OperationProgress.IGNORE, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(imported.volumeFormat()).isEqualTo("qcow2");
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).contains(name + ".qcow2").doesNotContain(name + ".img");
        assertThat(RealDaemon.virsh("vol-dumpxml", "--pool", RealDaemon.POOL, name + ".qcow2")).contains("qcow2");
        assertThat(TemplateMark.isTemplate(RealDaemon.virsh("dumpxml", name))).isTrue();
        String domiflist = RealDaemon.virsh("domiflist", name);
        assertThat(domiflist.lines().filter(l -> l.contains("network") && l.contains("default")))
                .as("each Xen vif became a card on the KVM host's default network").hasSize(2);
        assertThat(domiflist).contains("00:16:3e:5a:01:02");

        RealDaemon.ensureDefaultNetwork();
        RealDaemon.virsh("start", name);
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        assertThat(GuestScreen.waitForColours(name, Duration.ofSeconds(120))).as("distinct colours on the guest's screen")
                .isGreaterThan(1);
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
    }

    @Test
    void aBrokenVmCfgReportsItsLinesAndCreatesNothing() throws Exception {
        Files.writeString(folder.resolve("vm.cfg"), "name = '" + name + "'\nmemory = 'lots'\ndisk = ['file:/x/System.img,xvda,w'\n");
        Files.copy(RealDaemon.RESCUE_ISO, folder.resolve("System.img"));
        ImportTemplate op = new ImportTemplate(session,
                new ImportRequest(folder, null, RealDaemon.POOL, false, null, null, new NicChoice.None()));

        List<String> problems = op.precheck().get(30, TimeUnit.SECONDS);
        assertThat(problems).anySatisfy(p -> assertThat(p).isEqualTo("vm.cfg line 3: list opened on line 3 is never closed with ']'"));
        assertThatThrownBy(() -> op.run(OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS))
                .hasMessageContaining("vm.cfg line 3");

        assertThat(RealDaemon.virshOk("domstate", name)).isFalse();
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(name);
    }
}
