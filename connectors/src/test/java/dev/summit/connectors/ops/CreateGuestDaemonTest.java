package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CreateProblem.Field;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating guests on the real libvirtd from the grub-rescue ISO, and everything that must leave nothing behind. */
@Tag("daemon")
class CreateGuestDaemonTest {
    private static final long MIB = 1L << 20;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    private HostSession host;
    private Path iso;

    @TempDir
    Path dir;

    @BeforeEach
    void connect() throws Exception {
        RealDaemon.ensurePool();
        iso = RealDaemon.isoVolume();
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeGuest(name);
        engine.close();
    }

    private CreateRequest small() {
        return CreateRequest.of(name, iso).withResources(128, 1, 64 * MIB).withPool(RealDaemon.POOL)
                .withNetwork(new NicChoice.None());
    }

    @Test
    void createsAGuestFromTheGrubRescueIsoAndItRuns() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();

        CreatedGuest created = new CreateGuest(host, small(), OsInfoDb.system())
                .run((fraction, bytes, sentence) -> steps.add(sentence), new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        assertThat(created.osId()).isEqualTo("http://libosinfo.org/unknown");
        assertThat(created.volumePath()).isEqualTo(RealDaemon.POOL_DIR.resolve(name + ".qcow2").toString());
        assertThat(RealDaemon.virsh("dumpxml", name)).contains("<libosinfo:os id=\"http://libosinfo.org/unknown\"/>")
                .contains("<input type='keyboard' bus='usb'>").contains(iso.toString());
        assertThat(steps).containsExactly("Checking the host",
                "Creating the disk " + name + ".qcow2 (0.1 GiB) in pool summit-test",
                "Defining " + name + " (Generic or unknown OS)", "Starting " + name, name + " is running");
        InventoryProbe.on(host).await("listed", Duration.ofSeconds(30),
                inv -> inv.guests().containsKey(created.uuid()));
    }

    @Test
    void aUefiGuestBootsOvmfWithVariablesOfItsOwnWhichGoWhenItIsDeleted() throws Exception {
        // Emulated: OVMF's first instructions stop with "emulation failure" under the nested KVM of
        // the machines these tests run on; what is tested here is libvirt's firmware pick and its files.
        CreatedGuest created = new CreateGuest(host, small().withFirmware(Firmware.UEFI).withVirtType("qemu"), OsInfoDb.system())
                .run((fraction, bytes, sentence) -> { }, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        String live = RealDaemon.virsh("dumpxml", name);
        assertThat(live).contains("/usr/share/OVMF/OVMF_CODE").doesNotContain("secboot");
        Path variables = Path.of("/var/lib/libvirt/qemu/nvram", name + "_VARS.fd");
        assertThat(variables).exists();
        InventoryProbe.on(host).await("listed", Duration.ofSeconds(30), inv -> inv.guests().containsKey(created.uuid()));

        DeleteGuest.run(host, created.uuid(), true).get(60, TimeUnit.SECONDS);

        assertThat(RealDaemon.virshOk("domstate", name)).as("the guest is gone").isFalse();
        assertThat(variables).as("its UEFI variables went with it").doesNotExist();
        assertThat(RealDaemon.POOL_DIR.resolve(name + ".qcow2")).doesNotExist();
    }

    @Test
    void aNetworkBootGuestHasAnEmptyDiskAndItsNetworkCardBootsFirst() throws Exception {
        RealDaemon.ensureDefaultNetwork();
        CreateRequest request = CreateRequest.of(name, null).withResources(128, 1, 64 * MIB).withPool(RealDaemon.POOL)
                .withNetwork(new NicChoice.Network("default"));

        new CreateGuest(host, request, OsInfoDb.system()).bootingFromNetwork()
                .run(OperationProgress.IGNORE, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        String xml = RealDaemon.virsh("dumpxml", "--inactive", name);
        assertThat(xml).doesNotContain("device='cdrom'");
        assertThat(xml.replaceAll("\\s+", " ")).containsPattern("<interface type='network'>.*<boot order='1'/>")
                .containsPattern("<disk type='file' device='disk'>.*<boot order='2'/>");
        assertThat(GuestScreen.waitForColours(name, Duration.ofSeconds(60))).as("the PXE firmware draws on the screen")
                .isGreaterThan(1);

        assertThatThrownBy(() -> new CreateGuest(host, request.withName(name + "-n").withNetwork(new NicChoice.None()),
                OsInfoDb.system()).bootingFromNetwork().run(OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS)).hasMessageContaining("Booting from the network needs a network card");
    }

    @Test
    void everyBadInputIsFoundBeforeAnythingIsTouched() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.iso"), "x".repeat(40_000));
        assertRefused(small().withName("a/b"), Field.NAME, "A name cannot contain '/'.");
        assertRefused(small().withName("x".repeat(248)), Field.NAME, "The name is 248 bytes long; libvirt allows at most 247.");
        assertRefused(small().withResources(64L << 20, 1, 64 * MIB), Field.MEMORY, "67108864 MiB is more memory than the host has");
        assertRefused(small().withResources(128, 4096, 64 * MIB), Field.VCPUS, "4096 vCPUs are more than the host's");
        assertRefused(small().withResources(128, 1, 1L << 42), Field.DISK, "4096 GiB does not fit in pool 'summit-test'");
        assertRefused(small().withPool("summit-no-such-pool"), Field.POOL, "There is no storage pool 'summit-no-such-pool' on this host.");
        assertRefused(small().withNetwork(new NicChoice.Network("summit-no-such-net")), Field.NETWORK,
                "There is no network 'summit-no-such-net' on this host.");
        assertRefused(CreateRequest.of(name, dir.resolve("gone.iso")).withResources(128, 1, 64 * MIB).withPool(RealDaemon.POOL)
                .withNetwork(new NicChoice.None()), Field.MEDIA,
                "There is no file " + dir.resolve("gone.iso") + ".");
        assertRefused(CreateRequest.of(name, text).withResources(128, 1, 64 * MIB).withPool(RealDaemon.POOL)
                .withNetwork(new NicChoice.None()), Field.MEDIA,
                text + " is not an ISO image (no ISO-9660 volume descriptor).");
        assertRefused(small().withOs("summit-os"), Field.OS, "osinfo-db knows no OS 'summit-os'");
    }

    @Test
    void aDuplicateNameIsRefusedAndTheOtherGuestIsUntouched() throws Exception {
        RealDaemon.defineGuest(name);

        assertRefused(small(), Field.NAME, "A guest named '" + name + "' already exists on this host.");
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("shut off");
        assertThat(RealDaemon.POOL_DIR.resolve(name + ".qcow2")).exists();
    }

    @Test
    void aStartThatFailsUndoesTheDefinitionAndTheVolume() {
        CreateRequest request = small().withNetwork(new NicChoice.Bridge("summitnobr0"));

        assertThatThrownBy(() -> new CreateGuest(host, request, OsInfoDb.system())
                .run(OperationProgress.IGNORE, new CancelSignal()).get(120, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(org.libvirt.LibvirtException.class).cause()
                .hasMessageStartingWith("Could not create '" + name + "': it failed to start it (")
                .hasMessageEndingWith("); nothing was left behind.");
        assertNothingLeft();
    }

    @Test
    void aDefinitionRacedInByAnotherClientIsNotOursToRemoveButOurVolumeGoes() throws Exception {
        CreateGuest create = new CreateGuest(host, small(), OsInfoDb.system());

        assertThatThrownBy(() -> create.run((fraction, bytes, sentence) -> {
            if (sentence.startsWith("Defining")) {
                defineBehindOurBack();
            }
        }, new CancelSignal()).get(120, TimeUnit.SECONDS)).cause()
                .hasMessageStartingWith("Could not create '" + name + "': it failed to define it (")
                .hasMessageContaining("already exists")
                .hasMessageEndingWith("; nothing was left behind.");
        assertThat(RealDaemon.POOL_DIR.resolve(name + ".qcow2")).doesNotExist();
        assertThat(RealDaemon.virsh("dumpxml", name)).contains("<memory unit='KiB'>65536</memory>");
    }

    @Test
    void aCancelUndoesWhatWasDone() {
        CancelSignal cancel = new CancelSignal();

        assertThatThrownBy(() -> new CreateGuest(host, small(), OsInfoDb.system()).run((fraction, bytes, sentence) -> {
            if (sentence.startsWith("Defining")) {
                cancel.cancel();
            }
        }, cancel).get(120, TimeUnit.SECONDS)).cause().isInstanceOf(CreateGuest.Cancelled.class)
                .hasMessage("Cancelled creating '" + name + "'; nothing was left behind.");
        assertNothingLeft();
    }

    private void assertRefused(CreateRequest request, Field field, String message) throws Exception {
        CreateGuest create = new CreateGuest(host, request, OsInfoDb.system());
        CreateGuest.Checked checked = create.precheck().get(60, TimeUnit.SECONDS);
        assertThat(checked.problems()).as(request.toString()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).startsWith(message);
        });
        assertThatThrownBy(() -> create.run(OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().hasMessageStartingWith("Could not create '" + request.name() + "': ");
        if (field != Field.NAME) {
            assertNothingLeft();
        }
    }

    private void assertNothingLeft() {
        assertThat(RealDaemon.virshOk("domstate", name)).as("a definition of " + name).isFalse();
        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(name);
    }

    private void defineBehindOurBack() {
        try {
            Path xml = Files.writeString(dir.resolve("raced.xml"), "<domain type='qemu'><name>" + name
                    + "</name><memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os></domain>");
            RealDaemon.virsh("define", xml.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
