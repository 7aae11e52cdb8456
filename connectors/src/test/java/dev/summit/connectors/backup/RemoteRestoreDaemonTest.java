package dev.summit.connectors.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Restores from a folder of the fixture's second host, reached over {@code qemu+ssh://} (another
 * machine to Summit): a full and an incremental backup of a running guest there, listed, restored as
 * new guests (the incremental one equal to the source disk, by {@code qemu-img compare}, even after
 * the source changed again) and in place; refusals, and a definition refused after the disk was
 * made, leave no volume, guest or transient pool.
 */
@Tag("daemon")
class RemoteRestoreDaemonTest {
    private final String name = "summit-test-remotebackup-" + Long.toHexString(System.nanoTime());
    /** The folder as hostB sees it. */
    private final Path onHostB = Path.of("/var/lib/libvirt/images", name);
    private TwoHosts hosts;
    private Path images;
    private String uuid;

    @BeforeEach
    void runningGuestOnHostB() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriB(), name, 16, false);
        images = hosts.localImagesOf(hosts.uriB());
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1", images.resolve(name + ".qcow2").toString());
        hosts.virsh(hosts.uriB(), "start", name);
        uuid = hosts.virsh(hosts.uriB(), "domuuid", name).strip();
        Path folder = images.resolve(name);
        Files.createDirectory(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() throws Exception {
        for (String guest : hosts.virsh(hosts.uriB(), "list", "--all", "--name").split("\n")) {
            if (guest.strip().startsWith(name)) {
                hosts.virshOk(hosts.uriB(), "destroy", guest.strip());
                hosts.virshOk(hosts.uriB(), "undefine", guest.strip(), "--checkpoints-metadata");
            }
        }
        hosts.virshOk(hosts.uriB(), "pool-refresh", "default");
        for (String volume : volumes()) {
            hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", volume);
        }
        RealDaemon.run("rm", "-rf", images.resolve(name).toString());
    }

    private List<String> volumes() {
        hosts.virshOk(hosts.uriB(), "pool-refresh", "default");
        return Arrays.stream(hosts.virsh(hosts.uriB(), "vol-list", "default").split("\n")).map(String::strip)
                .filter(l -> l.startsWith(name)).map(l -> l.split("\\s+")[0]).toList();
    }

    private List<String> transientPools() {
        return Arrays.stream(hosts.virsh(hosts.uriB(), "pool-list", "--all", "--name").split("\n")).map(String::strip)
                .filter(p -> p.startsWith("summit-backup-")).toList();
    }

    private StoredBackup backUp(BackupKind kind) throws BackupFailed {
        return new CreateBackup(new BackupRequest(hosts.sshB(), uuid, onHostB, kind))
                .run(OperationProgress.IGNORE, new CancelSignal());
    }

    private String restore(Path backup, String as) throws BackupFailed {
        return new RestoreBackup(new RestoreRequest(hosts.sshB(), backup, as, null)).run(OperationProgress.IGNORE, new CancelSignal());
    }

    @Test
    void fullAndIncrementalRestoredAsNewGuestsAndInPlaceOnTheOtherHost() throws Exception {
        StoredBackup full = backUp(BackupKind.FULL);
        hosts.virsh(hosts.uriB(), "qemu-monitor-command", name, "--hmp",
                "qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P 0x77 32M 1M\"");
        StoredBackup incremental = backUp(BackupKind.INCREMENTAL);
        assertThat(BackupCheck.inspect(hosts.sshB(), onHostB).backups()).extracting(StoredBackup::name)
                .containsExactly(full.name(), incremental.name());
        hosts.virsh(hosts.uriB(), "destroy", name);
        Path source = images.resolve(name + ".qcow2");
        // Why the chain is not flattened on the host: libvirt gives an incremental image the guest's live disk as backing.
        assertThat(RealDaemon.run("qemu-img", "info", "-U", images.resolve(name).resolve(incremental.name())
                .resolve("vda.qcow2").toString())).contains("backing file: /var/lib/libvirt/images/" + name + ".qcow2");

        String copy = name + "-copy";
        assertThat(restore(incremental.folder(), copy)).isEqualTo(copy);
        Path copyDisk = images.resolve(copy + "-vda.qcow2");
        assertThat(RealDaemon.run("qemu-img", "compare", "-U", source.toString(), copyDisk.toString()))
                .contains("Images are identical");
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", copy)).contains("/var/lib/libvirt/images/" + copy + "-vda.qcow2");
        assertThat(hosts.virsh(hosts.uriB(), "domuuid", copy).strip()).isNotEqualTo(uuid);
        assertThat(RealDaemon.run("qemu-img", "info", copyDisk.toString())).contains("compat: 1.1").doesNotContain("backing file");

        // The guest's own disk changes after the backups: a restore must not read it through the images' backing file.
        RealDaemon.runQemuIo(source, "write -P 0x99 0 1M");
        String fromFull = name + "-full";
        restore(full.folder(), fromFull);
        Path fullDisk = images.resolve(fromFull + "-vda.qcow2");
        RealDaemon.runQemuIo(fullDisk, "read -P 0x5a 0 16M");
        RealDaemon.runQemuIo(fullDisk, "read -P 0 32M 1M");
        String fromIncremental = name + "-again";
        restore(incremental.folder(), fromIncremental);
        assertThat(RealDaemon.run("qemu-img", "compare", copyDisk.toString(), images.resolve(fromIncremental + "-vda.qcow2").toString()))
                .contains("Images are identical");

        assertThat(restore(incremental.folder(), null)).isEqualTo(name);
        String disk = hosts.virsh(hosts.uriB(), "domblklist", name);
        assertThat(disk).contains(name + ".restored-").doesNotContain(name + ".qcow2");
        assertThat(images.resolve(name + ".qcow2")).as("the old image, replaced").doesNotExist();
        Path restored = images.resolve(disk.lines().filter(l -> l.contains(".restored-")).findFirst().orElseThrow()
                .replaceAll(".*/", "").strip());
        RealDaemon.runQemuIo(restored, "read -P 0x5a 0 16M");
        RealDaemon.runQemuIo(restored, "read -P 0x77 32M 1M");
        assertThat(hosts.virsh(hosts.uriB(), "checkpoint-list", name, "--name").strip()).isEmpty();
        hosts.virsh(hosts.uriB(), "start", name);
        assertThat(hosts.state(hosts.uriB(), name)).isEqualTo("running");
        assertThat(transientPools()).isEmpty();
    }

    @Test
    void refusalsAndALateFailureOnTheOtherHostLeaveNothingBehind() throws Exception {
        StoredBackup full = backUp(BackupKind.FULL);
        List<String> before = volumes();

        assertThatThrownBy(() -> restore(full.folder(), name)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("A guest named '" + name + "' already exists");
        assertThatThrownBy(() -> restore(onHostB.resolve("not-there"), name + "-x")).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("is not a finished backup");
        assertThatThrownBy(() -> restore(full.folder(), null)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("is running; shut it off");
        // A definition libvirt refuses only at the end, after the disk was made on hostB: the disk goes again.
        Path definition = images.resolve(name).resolve(full.name()).resolve("definition.xml");
        String kept = Files.readString(definition);
        Files.writeString(definition, kept.replaceFirst("<domain type='[a-z]+'", "<domain type='summit-none'"));
        assertThatThrownBy(() -> restore(full.folder(), name + "-x")).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("Could not restore " + full.name()).hasMessageContaining("Nothing was changed.");
        assertThat(volumes()).isEqualTo(before);
        Files.writeString(definition, kept);
        Files.delete(images.resolve(name).resolve(full.name()).resolve("vda.qcow2"));
        assertThatThrownBy(() -> restore(full.folder(), name + "-x")).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("lacks its image vda.qcow2");

        assertThat(volumes()).isEqualTo(before);
        assertThat(hosts.virshOk(hosts.uriB(), "dominfo", name + "-x")).isFalse();
        assertThat(transientPools()).isEmpty();
    }
}
