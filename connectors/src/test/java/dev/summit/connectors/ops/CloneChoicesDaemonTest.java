package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Clone dialog's choices on the real libvirtd: a running source paused for the copy and resumed,
 * a disk each way (full, linked, shared), the UEFI variables copied, a cancel between disks; and the
 * display password, which a clone (or a guest from a template) never inherits: a new one or none.
 */
@Tag("daemon")
class CloneChoicesDaemonTest {
    private static final String SOURCE_SECRET = "src-pw1";
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String source = "clc-" + Long.toHexString(System.nanoTime());
    private HostSession host;

    @BeforeEach
    void connect() throws Exception {
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeAllStartingWith(source);
        engine.close();
    }

    @Test
    void aLinkedCloneOfARunningGuestPausesItMovesItOntoAnOverlayAndResumesIt() throws Exception {
        String uuid = RealDaemon.defineGuest(source);
        RealDaemon.virsh("start", source);
        Path base = RealDaemon.POOL_DIR.resolve(source + ".qcow2");
        List<String> said = new CopyOnWriteArrayList<>();

        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-l"), CloneMode.LINKED)
                .pausingSource(true), (f, b, sentence) -> said.add(sentence), new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        assertThat(said).contains("Pausing " + source);
        assertThat(RealDaemon.virsh("domstate", source).strip()).as("resumed").isEqualTo("running");
        String running = RealDaemon.virsh("domblklist", source);
        String next = RealDaemon.virsh("domblklist", "--inactive", source);
        assertThat(running).doesNotContain(base.toString()).contains(source + "-vda-");
        assertThat(next).as("the next boot uses the overlay too").doesNotContain(base.toString()).contains(source + "-vda-");
        String clone = outcome.made().get(0).volumes().get(0);
        assertThat(RealDaemon.run("qemu-img", "info", "-U", clone)).contains("backing file: " + base);
        RealDaemon.virsh("start", source + "-l");
        assertThat(RealDaemon.virsh("domstate", source + "-l").strip()).isEqualTo("running");
    }

    @Test
    void aFullCloneOfARunningGuestLeavesItRunningOnItsOwnDiskWithNoOverlayLeft() throws Exception {
        String uuid = RealDaemon.defineGuest(source);
        RealDaemon.virsh("start", source);
        Path base = RealDaemon.POOL_DIR.resolve(source + ".qcow2");

        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-f"), CloneMode.FULL)
                .pausingSource(true), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        assertThat(RealDaemon.virsh("domstate", source).strip()).isEqualTo("running");
        assertThat(RealDaemon.virsh("domblklist", source)).contains(base.toString());
        assertThat(RealDaemon.virsh("domblklist", "--inactive", source)).contains(base.toString());
        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).as("the temporary overlay is gone")
                .doesNotContain(source + "-vda-");
        assertThat(RealDaemon.run("qemu-img", "info", "-U", outcome.made().get(0).volumes().get(0)))
                .doesNotContain("backing file");
    }

    @Test
    void eachDiskGoesItsOwnWayFullLinkedOrShared() throws Exception {
        String uuid = twoDiskGuest();
        Path vda = RealDaemon.POOL_DIR.resolve(source + ".qcow2");
        Path vdb = RealDaemon.POOL_DIR.resolve(source + "-data.qcow2");

        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-c"), CloneMode.FULL)
                .withDisks(Map.of("vdb", CloneMode.SHARE)), OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        String disks = RealDaemon.virsh("domblklist", source + "-c");
        assertThat(disks).contains(vdb.toString()).doesNotContain(vda.toString()).contains(source + "-c-vda.qcow2");
        assertThat(outcome.made().get(0).volumes()).hasSize(1);

        CloneGuest.Outcome linked = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-m"), CloneMode.FULL)
                .withDisks(Map.of("vda", CloneMode.LINKED)), OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS);
        assertThat(linked.failure()).isNull();
        assertThat(RealDaemon.run("qemu-img", "info", "-U", RealDaemon.POOL_DIR.resolve(source + "-m-vda.qcow2").toString()))
                .contains("backing file: " + vda);
        assertThat(RealDaemon.run("qemu-img", "info", "-U", RealDaemon.POOL_DIR.resolve(source + "-m-vdb.qcow2").toString()))
                .doesNotContain("backing file");
        assertThat(RealDaemon.virsh("domblklist", "--inactive", source)).as("only the linked disk moved onto an overlay")
                .doesNotContain(vda.toString()).contains(vdb.toString());
    }

    @Test
    void aUefiGuestsVariablesAreCopiedForItsClone() throws Exception {
        String uuid = defineFromXml("""
                <domain type='qemu'><name>%s</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>
                  <os firmware='efi'><type arch='x86_64' machine='q35'>hvm</type>
                    <firmware><feature enabled='no' name='secure-boot'/></firmware></os><features><acpi/></features>
                  <devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
                    <source file='%s'/><target dev='vda' bus='virtio'/></disk></devices></domain>
                """.formatted(source, RealDaemon.POOL_DIR.resolve(source + ".qcow2")), source + ".qcow2");
        RealDaemon.virsh("start", source);   // libvirt makes its variable store at the first start
        RealDaemon.virsh("destroy", source);
        Path store = Path.of(NvramCopy.NVRAM_DIR, source + "_VARS.fd");
        assertThat(store).exists();

        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-u"), CloneMode.LINKED),
                OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        Path copy = Path.of(NvramCopy.NVRAM_DIR, source + "-u_VARS.fd");
        assertThat(copy).exists();
        assertThat(Files.mismatch(store, copy)).as("the same variables").isEqualTo(-1);
        assertThat(RealDaemon.virsh("pool-list", "--all")).as("the transient pool is gone").doesNotContain("summit-nvram-");
        RealDaemon.virsh("start", source + "-u");
        assertThat(RealDaemon.virsh("dumpxml", source + "-u")).contains(copy.toString());
    }

    @Test
    void aCancelDuringAFullCopyRemovesThatCopyAndMakesNoOther() throws Exception {
        String uuid = RealDaemon.defineGuest(source);
        RealDaemon.run("qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 0 48M", RealDaemon.POOL_DIR.resolve(source + ".qcow2").toString());
        RealDaemon.refreshPool(RealDaemon.POOL);
        CancelSignal cancel = new CancelSignal();

        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-k1", source + "-k2"),
                CloneMode.FULL), (fraction, bytes, sentence) -> {
                    if (bytes > 0) {
                        cancel.cancel();
                    }
                }, cancel).get(60, TimeUnit.SECONDS);

        assertThat(outcome.made()).isEmpty();
        assertThat(outcome.failure()).isEqualTo("Could not make '" + source + "-k1': cancelled; nothing of it was left.");
        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(source + "-k");
        assertThat(RealDaemon.virsh("list", "--all", "--name")).doesNotContain(source + "-k");
    }

    private String twoDiskGuest() throws Exception {
        RealDaemon.virsh("vol-create-as", RealDaemon.POOL, source + "-data.qcow2", "32M", "--format", "qcow2");
        return defineFromXml("""
                <domain type='qemu'><name>%s</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>
                  <os><type arch='x86_64'>hvm</type></os>
                  <devices>
                    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%s'/><target dev='vda' bus='virtio'/></disk>
                    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%s'/><target dev='vdb' bus='virtio'/></disk>
                  </devices></domain>
                """.formatted(source, RealDaemon.POOL_DIR.resolve(source + ".qcow2"),
                RealDaemon.POOL_DIR.resolve(source + "-data.qcow2")), source + ".qcow2");
    }

    private String defineFromXml(String xml, String diskVolume) throws Exception {
        RealDaemon.ensurePool();
        RealDaemon.virsh("vol-create-as", RealDaemon.POOL, diskVolume, "64M", "--format", "qcow2");
        Path file = Files.createTempFile("clc-", ".xml");
        try {
            Files.writeString(file, xml);
            RealDaemon.virsh("define", file.toString());
        } finally {
            Files.delete(file);
        }
        return RealDaemon.virsh("domuuid", source).strip();
    }

    @Test
    void aCloneWhoseCallerDidNotChooseItsPasswordIsRefusedAndNothingIsMade() throws Exception {
        String uuid = guestWithPassword();
        assertThat(CloneGuest.hasDisplayPassword(host, uuid).get(30, TimeUnit.SECONDS)).isTrue();
        CloneRequest unchosen = CloneRequest.of(uuid, List.of(source + "-u"), CloneMode.LINKED);

        assertThat(CloneGuest.precheck(host, unchosen).get(30, TimeUnit.SECONDS)).containsExactly("'" + source
                + "' has a display password, which a clone never inherits: give the clone a new password, or none.");
        CloneGuest.Outcome outcome = CloneGuest.run(host, unchosen, OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.made()).isEmpty();
        assertThat(RealDaemon.virshOk("dominfo", source + "-u")).isFalse();
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(source + "-u");
    }

    @Test
    void aCloneWithNoPasswordHasNone() throws Exception {
        String uuid = guestWithPassword();
        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-n"), CloneMode.LINKED)
                .withDisplayPassword(ClonePassword.NONE), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        String clone = RealDaemon.virsh("dumpxml", "--inactive", "--security-info", source + "-n");
        assertThat(clone).contains("<graphics type='vnc'").doesNotContain("passwd").doesNotContain(SOURCE_SECRET);
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", source))
                .as("the source keeps its own").contains("passwd='" + SOURCE_SECRET + "'");
    }

    @Test
    void aCloneGivenANewPasswordHasThatOneOnly() throws Exception {
        String uuid = guestWithPassword();
        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-g"), CloneMode.FULL)
                        .withDisplayPassword(new ClonePassword.Given("new-pw2")), OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", source + "-g"))
                .contains("passwd='new-pw2'").doesNotContain(SOURCE_SECRET);
    }

    @Test
    void aPasswordVncCannotTakeIsRefusedWithoutShowingIt() throws Exception {
        String uuid = guestWithPassword();
        CloneRequest tooLong = CloneRequest.of(uuid, List.of(source + "-l"), CloneMode.LINKED)
                .withDisplayPassword(new ClonePassword.Given("nine-char"));

        assertThat(CloneGuest.precheck(host, tooLong).get(30, TimeUnit.SECONDS))
                .containsExactly("A VNC password has at most 8 characters (VNC uses only the first 8).");
        assertThat(tooLong.toString()).doesNotContain("nine-char");
    }

    @Test
    void aGuestFromATemplateGetsItsOwnPasswordNeverTheTemplates() throws Exception {
        String uuid = guestWithPassword();
        Templates.mark(host, uuid).get(30, TimeUnit.SECONDS);
        String guest = source + "-vm";

        assertThat(CreateFromTemplate.precheck(host, new CreateFromTemplate.Request(source, guest, CloneMode.LINKED, 0, 0))
                .get(30, TimeUnit.SECONDS)).singleElement().asString().contains("has a display password");
        assertThatThrownBy(() -> CreateFromTemplate.run(host, new CreateFromTemplate.Request(source, guest, CloneMode.LINKED,
                0, 0), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS))
                .hasMessageContaining("has a display password");
        assertThat(RealDaemon.virshOk("dominfo", guest)).isFalse();

        CreateFromTemplate.run(host, new CreateFromTemplate.Request(source, guest, CloneMode.LINKED, 0, 0,
                new ClonePassword.Given("vm-pw3")), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", guest))
                .contains("passwd='vm-pw3'").doesNotContain(SOURCE_SECRET);
    }
    /** The source with a VNC password, which no clone may inherit; returns its UUID. */
    private String guestWithPassword() throws Exception {
        return RealDaemon.defineGuest(source, "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='"
                + SOURCE_SECRET + "'/>");
    }
}
