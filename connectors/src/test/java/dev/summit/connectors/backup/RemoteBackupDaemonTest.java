package dev.summit.connectors.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A running guest of the fixture's second host, reached over {@code qemu+ssh://}, backed up into a
 * folder on that host (its private /var/lib/libvirt/images, which this machine's path does not
 * reach): full, then incremental, then listed — every file made and read through libvirt.
 */
@Tag("daemon")
class RemoteBackupDaemonTest {
    private final String name = "summit-test-backups-remote-" + Long.toHexString(System.nanoTime());
    /** The folder as hostB sees it. */
    private final Path onHostB = Path.of("/var/lib/libvirt/images", name);
    private TwoHosts hosts;
    /** The same folder, seen from this machine (the test looks; Summit cannot). */
    private Path seenFromHere;
    private String uuid;

    @BeforeEach
    void guestOnHostB() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriB(), name, 16, false);
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1",
                hosts.localImagesOf(hosts.uriB()).resolve(name + ".qcow2").toString());
        hosts.virsh(hosts.uriB(), "start", name);
        uuid = hosts.virsh(hosts.uriB(), "domuuid", name).strip();
        seenFromHere = hosts.localImagesOf(hosts.uriB()).resolve(name);
        Files.createDirectory(seenFromHere);
        Files.setPosixFilePermissions(seenFromHere, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() throws Exception {
        hosts.virshOk(hosts.uriB(), "destroy", name);
        hosts.virshOk(hosts.uriB(), "undefine", name, "--checkpoints-metadata");
        hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", name + ".qcow2");
        RealDaemon.run("rm", "-rf", seenFromHere.toString());
    }

    private StoredBackup backUp(BackupKind kind) throws BackupFailed {
        return new CreateBackup(new BackupRequest(hosts.sshB(), uuid, onHostB, kind))
                .run(OperationProgress.IGNORE, new CancelSignal());
    }

    @Test
    void fullThenIncrementalIntoAFolderOfTheOtherHostThenListed() throws Exception {
        StoredBackup full = backUp(BackupKind.FULL);
        assertThat(full.folder().getParent()).isEqualTo(onHostB);
        Path fullHere = seenFromHere.resolve(full.name());
        assertThat(fullHere.resolve("manifest.json")).exists();
        assertThat(fullHere.resolve("definition.xml")).content().contains("<name>" + name + "</name>");
        assertThat(fullHere.resolve("vda.qcow2")).exists();
        assertThat(fullHere.resolve("unfinished.json")).doesNotExist();
        assertThat(full.manifest().checkpoint()).as("a checkpoint on a qcow2 v3 disk").isNotNull();
        assertThat(full.manifest().disks().get(0).size()).isGreaterThan(16L << 20);
        assertThat(Path.of("/var/lib/libvirt/images", name)).as("nothing on this machine").doesNotExist();
        RealDaemon.run("qemu-io", "-f", "qcow2", "-c", "read -P 0x5a 0 16M", fullHere.resolve("vda.qcow2").toString());

        hosts.virsh(hosts.uriB(), "qemu-monitor-command", name, "--hmp",
                "qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P 0x77 32M 1M\"");
        StoredBackup incremental = backUp(BackupKind.INCREMENTAL);
        assertThat(incremental.manifest().parent()).isEqualTo(full.name());
        assertThat(incremental.manifest().disks().get(0).size()).as("only what changed").isLessThan(8L << 20);

        BackupCheck.Findings listed = BackupCheck.inspect(hosts.sshB(), onHostB);
        assertThat(listed.backups()).extracting(StoredBackup::name).containsExactly(full.name(), incremental.name());
        assertThat(listed.sentences()).isEmpty();
    }

    @Test
    void aFolderMissingOnTheOtherHostIsRefusedWithNothingMade() throws Exception {
        Path missing = onHostB.resolve("not-there");
        assertThat(new CreateBackup(new BackupRequest(hosts.sshB(), uuid, missing, BackupKind.FULL)).precheck())
                .singleElement().asString().startsWith("The backup folder " + missing + " does not exist on ");
        assertThat(hosts.virsh(hosts.uriB(), "checkpoint-list", name, "--name").strip()).isEmpty();
        try (var left = Files.list(seenFromHere)) {
            assertThat(left).isEmpty();
        }
    }
}
