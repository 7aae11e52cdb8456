package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.Effect;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.edit.change.ChangeMedia;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.ImportedDisk;
import dev.summit.connectors.ops.CreateRequest;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.osinfo.IsoIdentity;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.osinfo.TestIsos;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest created on the second fixture host, reached over TCP, from an ISO that exists only on
 * this machine: the wizard's and {@code summit create}'s remote path. hostB's pool is its own
 * /var/lib/libvirt/images, which the test reads from outside to see what really is there.
 */
@Tag("daemon")
class RemoteCreateDaemonTest {
    private static final Path GRUB_ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");
    private static TwoHosts hosts;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "mig-wiz-" + Long.toHexString(System.nanoTime());
    private HostSession hostB;

    @TempDir
    Path workstation;

    @BeforeAll
    static void startHosts() {
        hosts = TwoHosts.get();
    }

    @BeforeEach
    void connect() throws Exception {
        hostB = engine.open(hosts.tcpB());
        InventoryProbe.on(hostB).await("connected", Duration.ofSeconds(30), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() throws Exception {
        hosts.mendHostB();
        engine.close();
        hosts.remove(name);
        hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", name + ".iso");
        hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", name + ".qcow2");
    }

    @Test
    void theWorkstationsIsoIsUploadedAndTheGuestBootsOnTheRemoteHost() throws Exception {
        Path iso = Files.copy(GRUB_ISO, workstation.resolve(name + ".iso"));
        assertThat(IsoOnHost.isRemote(hosts.tcpB())).isTrue();
        AtomicLong uploaded = new AtomicLong();

        IsoOnHost media = IsoOnHost.prepare(hostB, iso, "default", (fraction, bytes, sentence) -> uploaded.set(bytes),
                new CancelSignal()).get(120, TimeUnit.SECONDS);
        CreateRequest request = CreateRequest.of(name, iso).withResources(128, 1, 64L << 20).withNetwork(new NicChoice.None());
        new CreateGuest(hostB, request, OsInfoDb.system()).withHostIso(media.hostPath())
                .run(OperationProgress.IGNORE, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(uploaded.get()).isEqualTo(Files.size(GRUB_ISO));
        Path onHostB = hosts.localImagesOf(hosts.uriB()).resolve(name + ".iso");
        assertThat(Files.mismatch(GRUB_ISO, onHostB)).as("hostB holds the same bytes").isEqualTo(-1);
        assertThat(hosts.state(hosts.uriB(), name)).isEqualTo("running");
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", name)).contains("/var/lib/libvirt/images/" + name + ".iso");
        assertThat(hosts.virshOk(hosts.uriA(), "domstate", name)).as("nothing on the other host").isFalse();
    }

    @Test
    void anIsoOfThisMachineGoesIntoARunningRemoteGuestsDriveThroughTheDefaultPool() throws Exception {
        Path iso = Files.copy(GRUB_ISO, workstation.resolve(name + ".iso"));
        hosts.sharedGuest(hosts.uriB(), name, true);
        String uuid = hosts.virsh(hosts.uriB(), "domuuid", name).strip();

        IsoOnHost media = IsoOnHost.prepareInDefaultPool(hostB, iso, name, OperationProgress.IGNORE, new CancelSignal())
                .get(120, TimeUnit.SECONDS);
        EditOutcome outcome = GuestEditor.apply(hostB, uuid, new ChangeMedia("hdc", media.hostPath())).get(60, TimeUnit.SECONDS);

        assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        Path onHostB = hosts.localImagesOf(hosts.uriB()).resolve(name + ".iso");
        assertThat(Files.mismatch(GRUB_ISO, onHostB)).as("hostB holds the same bytes").isEqualTo(-1);
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", name)).contains("/var/lib/libvirt/images/" + name + ".iso");
        assertThat(hosts.virsh(hosts.uriB(), "dumpxml", "--inactive", name)).contains("/var/lib/libvirt/images/" + name + ".iso");
    }

    @Test
    void aDiskImageOfThisMachineIsCopiedIntoTheRemotePoolAndBootsThere() throws Exception {
        Path image = workstation.resolve("appliance.qcow2");
        RealDaemon.run("qemu-img", "convert", "-O", "qcow2", GRUB_ISO.toString(), image.toString());
        byte[] before = Files.readAllBytes(image);
        ImportedDisk original = ImportedDisk.read(image);

        DiskOnHost copy = DiskOnHost.copy(hostB, original, name, "default", OperationProgress.IGNORE, new CancelSignal())
                .get(120, TimeUnit.SECONDS);
        CreateRequest request = CreateRequest.of(name, null).withResources(128, 1, 0).withNetwork(new NicChoice.None());
        new CreateGuest(hostB, request, OsInfoDb.system()).importingOnHost(copy.disk())
                .run(OperationProgress.IGNORE, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(hosts.state(hosts.uriB(), name)).isEqualTo("running");
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", name)).contains("/var/lib/libvirt/images/" + name + ".qcow2");
        assertThat(Files.readAllBytes(image)).as("the original is untouched").isEqualTo(before);
        assertThat(GuestScreen.waitForColours(hosts.uriB(), name, Duration.ofSeconds(60))).as("it boots on hostB").isGreaterThan(1);

        assertThatThrownBy(() -> DiskOnHost.copy(hostB, original, name, "default", OperationProgress.IGNORE,
                new CancelSignal()).get(60, TimeUnit.SECONDS))
                .hasMessageContaining("Pool 'default' already has a volume '" + name + ".qcow2'");
    }

    @Test
    void anIsoAlreadyInTheRemotePoolIsRecognisedWithoutCopyingIt() throws Exception {
        Path iso = TestIsos.make(workstation, "Debian 11.5.0 amd64 n", "LINUX");
        Path named = Files.move(iso, workstation.resolve(name + ".iso"));
        String onHost = VolumeUpload.upload(hostB, named, "default", name + ".iso", OperationProgress.IGNORE,
                new CancelSignal()).get(60, TimeUnit.SECONDS).volume().path();

        IsoIdentity identity = VolumeIsoIdentity.read(hostB, onHost).get(30, TimeUnit.SECONDS);

        assertThat(identity.volumeId()).isEqualTo("Debian 11.5.0 amd64 n");
        assertThat(OsInfoDb.system().detect(identity)).first().satisfies(os -> assertThat(os.shortId()).isEqualTo("debian11"));
        assertThatThrownBy(() -> VolumeIsoIdentity.read(hostB, "/var/lib/libvirt/images/" + name + "-none.iso")
                .get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void anUploadWhoseLinkBreaksIsToldAndItsPartialVolumeGoesOnceTheHostIsBack() throws Exception {
        byte[] data = new byte[32 << 20];
        new Random(9).nextBytes(data);
        Path iso = Files.write(workstation.resolve(name + ".iso"), data);
        hosts.slowLinkToB("16mbit");
        java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();

        assertThatThrownBy(() -> {
            try {
                VolumeUpload.upload(hostB, iso, "default", name + ".iso", (fraction, bytes, sentence) -> {
                    if (fraction >= 0.1 && !cut.getAndSet(true)) {
                        hosts.cutHostB();
                    }
                }, new CancelSignal()).get(120, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        }).hasMessageStartingWith("Could not upload " + name + ".iso to pool 'default' (")
                .hasMessageEndingWith("; the partial volume is removed as soon as the host answers again.");
        // hostB's own socket still answers: the partial volume is there while the link is down...
        assertThat(hosts.virsh(hosts.uriB(), "vol-list", "default")).contains(name + ".iso");

        hosts.mendHostB();
        // ...and gone once Summit has reconnected.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (hosts.virsh(hosts.uriB(), "vol-list", "default").contains(name + ".iso") && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(hosts.virsh(hosts.uriB(), "vol-list", "default")).doesNotContain(name + ".iso");
    }

    @Test
    void aCancelHalfWayThroughTheUploadLeavesNothingOnTheRemoteHost() throws Exception {
        byte[] data = new byte[48 << 20];
        new Random(7).nextBytes(data);
        Path iso = Files.write(workstation.resolve(name + ".iso"), data);
        CancelSignal cancel = new CancelSignal();
        AtomicLong lastBytes = new AtomicLong();

        assertThatThrownBy(() -> {
            try {
                IsoOnHost.prepare(hostB, iso, "default", (fraction, bytes, sentence) -> {
                    lastBytes.set(bytes);
                    if (fraction >= 0.5) {
                        cancel.cancel();
                    }
                }, cancel).get(120, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        }).isInstanceOf(VolumeUpload.Cancelled.class).hasMessage("Cancelled uploading " + name + ".iso; the partial volume was removed.");

        assertThat(lastBytes.get()).isBetween((long) data.length / 2, (long) data.length - 1);
        hosts.virsh(hosts.uriB(), "pool-refresh", "default");
        assertThat(hosts.virsh(hosts.uriB(), "vol-list", "default")).doesNotContain(name);
        assertThat(hosts.localImagesOf(hosts.uriB()).resolve(name + ".iso")).doesNotExist();
    }
}
