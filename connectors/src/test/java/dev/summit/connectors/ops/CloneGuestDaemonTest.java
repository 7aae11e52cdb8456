package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Linked and full clones on the real libvirtd, of a guest with its own qcow2 disk and the rescue ISO. */
@Tag("daemon")
class CloneGuestDaemonTest {
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String source = "cln-src-" + Long.toHexString(System.nanoTime());
    private final Path base = RealDaemon.POOL_DIR.resolve(source + ".qcow2");
    private HostSession host;
    private String sourceUuid;

    @BeforeEach
    void connect() throws Exception {
        sourceUuid = RealDaemon.defineGuest(source);
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeAllStartingWith(source);
        engine.close();
    }

    @Test
    void tenLinkedClonesReadTheFrozenBaseWhileTheSourceWritesOnlyItsOwnOverlay() throws Exception {
        String baseBefore = sha256(base);
        List<String> names = CloneGuest.namesFor(source + "-copy", 10);

        CloneGuest.Outcome outcome = CloneGuest.run(host, sourceUuid, names, CloneMode.LINKED, new CancelSignal())
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.made()).extracting(CloneGuest.Copy::name).containsExactlyElementsOf(names);
        assertThat(outcome.made()).extracting(CloneGuest.Copy::uuid).doesNotHaveDuplicates().doesNotContain(sourceUuid);
        for (CloneGuest.Copy copy : outcome.made()) {
            String disk = copy.volumes().get(0);
            assertThat(RealDaemon.virsh("vol-dumpxml", disk)).contains("<backingStore>").contains("<path>" + base + "</path>");
            assertThat(RealDaemon.run("qemu-img", "info", "-U", disk)).contains("compat: 1.1").contains("lazy refcounts: true");
            assertThat(RealDaemon.virsh("dumpxml", copy.name())).contains(disk).contains(RealDaemon.isoVolume().toString()).doesNotContain(sourceUuid);
        }
        // The source now runs on an overlay of its own; its old image is the base, only read.
        String sourceDisk = diskOf(source);
        assertThat(sourceDisk).isNotEqualTo(base.toString());
        assertThat(RealDaemon.virsh("vol-dumpxml", sourceDisk)).contains("<path>" + base + "</path>");
        assertThat(RealDaemon.run("qemu-img", "info", "-U", sourceDisk)).contains("compat: 1.1");

        RealDaemon.virsh("start", source);
        RealDaemon.virsh("start", names.get(0));
        assertThat(RealDaemon.virsh("domstate", names.get(0)).strip()).isEqualTo("running");
        RealDaemon.virsh("destroy", source);
        RealDaemon.virsh("destroy", names.get(0));
        assertThat(sha256(base)).isEqualTo(baseBefore);
    }

    @Test
    void aFullCloneOfALargeSparseDiskStaysSparse() throws Exception {
        // 20 GiB virtual, 64 MiB written: the copy must hold about what the source holds.
        RealDaemon.virsh("vol-resize", "--pool", RealDaemon.POOL, source + ".qcow2", "20G");
        RealDaemon.runQemuIo(base, "write -P 0x5a 0 64M");
        RealDaemon.refreshPool(RealDaemon.POOL);
        String copyName = source + "-full";

        CloneGuest.Outcome outcome = CloneGuest.run(host, sourceUuid, List.of(copyName), CloneMode.FULL, new CancelSignal())
                .get(120, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        String copy = outcome.made().get(0).volumes().get(0);
        String info = RealDaemon.virsh("vol-info", copy);
        assertThat(info).contains("Capacity:       20.00 GiB");
        long allocatedMib = Files.size(Path.of(copy)) >> 20;
        assertThat(RealDaemon.virsh("vol-dumpxml", copy)).doesNotContain("<backingStore>");
        assertThat(RealDaemon.run("qemu-img", "info", "-U", copy)).contains("compat: 1.1").contains("lazy refcounts: true");
        assertThat(allocatedBytes(Path.of(copy)) >> 20).isBetween(60L, 200L);
        assertThat(allocatedMib).isLessThan(1024);
        // The source keeps its own disk: a full clone does not move it.
        assertThat(diskOf(source)).isEqualTo(base.toString());
    }

    @Test
    void theChecksNameEveryProblemAndMakeNothing() throws Exception {
        RealDaemon.virsh("vol-create-as", RealDaemon.POOL, source + "-raw.img", "16M", "--format", "raw");
        String rawGuest = source + "-raw";
        RealDaemon.virsh("define", RealDaemon.writeTemp(RealDaemon.virsh("dumpxml", source)
                .replace("<name>" + source + "</name>", "<name>" + rawGuest + "</name>")
                .replaceAll("<uuid>[^<]*</uuid>", "")
                .replace(base.toString(), RealDaemon.POOL_DIR.resolve(source + "-raw.img").toString())
                .replace("type='qcow2'", "type='raw'")).toString());
        String rawUuid = RealDaemon.virsh("domuuid", rawGuest).strip();

        List<String> problems = CloneGuest.precheck(host, rawUuid, List.of(source, "bad/name"), CloneMode.LINKED)
                .get(30, TimeUnit.SECONDS);

        assertThat(problems).anyMatch(p -> p.contains("'" + source + "' already exists"))
                .anyMatch(p -> p.contains("'/'"))
                .anyMatch(p -> p.contains("raw, which cannot back a linked clone"));
        CloneGuest.Outcome outcome = CloneGuest.run(host, rawUuid, List.of(source + "-never"), CloneMode.LINKED,
                new CancelSignal()).get(30, TimeUnit.SECONDS);
        assertThat(outcome.made()).isEmpty();
        assertThat(outcome.failure()).contains("cannot back a linked clone");
        assertThat(RealDaemon.virshOk("domstate", source + "-never")).isFalse();
        assertThat(diskOf(rawGuest)).endsWith("-raw.img");
    }

    @Test
    void aFullCloneThatDoesNotFitItsPoolIsRefusedBeforeAnythingIsMade() throws Exception {
        // A 40 MiB tmpfs as a pool: the source holds 24 MiB there, so a full copy cannot fit.
        Path mount = Files.createTempDirectory("cln-small-pool");
        String pool = source + "-pool";
        String guest = source + "-small";
        RealDaemon.run("mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", mount.toString());
        try {
            RealDaemon.virsh("pool-create-as", pool, "dir", "--target", mount.toString());
            RealDaemon.virsh("vol-create-as", pool, guest + ".qcow2", "1G", "--format", "qcow2");
            Path disk = mount.resolve(guest + ".qcow2");
            RealDaemon.runQemuIo(disk, "write -P 0x33 0 24M");
            RealDaemon.refreshPool(pool);
            RealDaemon.virsh("define", RealDaemon.writeTemp(RealDaemon.virsh("dumpxml", source)
                    .replace("<name>" + source + "</name>", "<name>" + guest + "</name>")
                    .replaceAll("<uuid>[^<]*</uuid>", "")
                    .replace(base.toString(), disk.toString())).toString());
            String uuid = RealDaemon.virsh("domuuid", guest).strip();

            CloneGuest.Outcome outcome = CloneGuest.run(host, uuid, List.of(guest + "-copy"), CloneMode.FULL,
                    new CancelSignal()).get(60, TimeUnit.SECONDS);

            assertThat(outcome.made()).isEmpty();
            assertThat(outcome.failure()).contains("Pool '" + pool + "' has").contains(" free; the copies need about");
            assertThat(RealDaemon.virshOk("domstate", guest + "-copy")).isFalse();
            try (var files = Files.list(mount)) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly(guest + ".qcow2");
            }
        } finally {
            RealDaemon.removeGuest(guest);
            RealDaemon.virshOk("pool-destroy", pool);
            RealDaemon.run("umount", mount.toString());
            Files.deleteIfExists(mount);
        }
    }

    @Test
    void aRunningSourceIsRefused() throws Exception {
        RealDaemon.virsh("start", source);

        List<String> problems = CloneGuest.precheck(host, sourceUuid, List.of(source + "-x"), CloneMode.FULL)
                .get(30, TimeUnit.SECONDS);

        assertThat(problems).anyMatch(p -> p.contains("is running; let Summit pause it while its disks are copied"
                + " (it is resumed afterwards), or shut it down first."));
    }

    private static String diskOf(String guest) {
        for (String line : RealDaemon.virsh("domblklist", guest).split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length == 2 && columns[0].equals("vda")) {
                return columns[1];
            }
        }
        throw new AssertionError("no vda in " + guest);
    }

    private static long allocatedBytes(Path file) throws IOException {
        return Long.parseLong(RealDaemon.run("du", "-B1", file.toString()).split("\\s+")[0]);
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
