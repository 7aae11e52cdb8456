package dev.summit.connectors.backup;

import dev.summit.connectors.testing.RealDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A grub-rescue guest on the real libvirtd with a qcow2 v3 disk holding a known pattern, and a
 * backup folder of its own; closing removes the guest, any guest restored from it, its volumes
 * and the folder. Names start with "summit-test-backups-".
 */
public final class BackupGuest implements AutoCloseable {
    static final String URI = RealDaemon.URI;

    final String prefix = "summit-test-backups-" + Long.toHexString(System.nanoTime()) + "-";
    final String name = prefix + "g";
    final String uuid;
    final Path disk;
    final Path folder;

    /** A guest whose disk is qcow2 v3 (upgraded by Summit: libvirt 9.0's own qcow2 volumes are v2). */
    BackupGuest(int diskMiB, int dataMiB) throws IOException, BackupFailed {
        this(diskMiB, dataMiB, true);
    }

    /** @param dataMiB MiB of 0x11 written at the start of the disk before it boots */
    BackupGuest(int diskMiB, int dataMiB, boolean v3) throws IOException, BackupFailed {
        removeAll(prefix);
        uuid = RealDaemon.defineGuest(name);
        disk = RealDaemon.POOL_DIR.resolve(name + ".qcow2");
        if (diskMiB > 64) {
            RealDaemon.run("qemu-img", "resize", disk.toString(), diskMiB + "M");
        }
        if (v3) {
            DiskUpgrade.upgrade(URI, uuid);
        }
        RealDaemon.runQemuIo(disk, "write -P 0x11 0 " + dataMiB + "M");
        folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-test-backups-");
        // As a user's folder would be: QEMU (its own user) must pass through it.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    BackupGuest start() {
        RealDaemon.virsh("start", name);
        return this;
    }

    /** Writes through the running guest's own disk device, so QEMU's dirty bitmaps see the change. */
    void writeWhileRunning(int pattern, String offset, String length) {
        RealDaemon.virsh("qemu-monitor-command", name, "--hmp", "qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend"
                + " \"write -P 0x" + Integer.toHexString(pattern) + " " + offset + " " + length + "\"");
    }

    List<String> checkpoints() {
        return RealDaemon.virsh("checkpoint-list", name, "--name").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    String state() {
        return RealDaemon.virsh("domstate", name).strip();
    }

    StoredBackup backUp(BackupKind kind) throws BackupFailed {
        return new CreateBackup(new BackupRequest(URI, uuid, folder, kind)).run((f, b, s) -> { }, new dev.summit.connectors.ops.CancelSignal());
    }

    @Override
    public void close() throws IOException {
        removeAll(prefix);
        BackupFolder.remove(folder);
    }

    /**
     * Removes every guest starting with {@code prefix} and its volumes. libvirt refuses to undefine a
     * guest that has checkpoints, so their metadata goes first (the images go with the guest anyway).
     */
    public static void removeAll(String prefix) {
        for (String guest : RealDaemon.virsh("list", "--all", "--name").split("\n")) {
            if (guest.strip().startsWith(prefix)) {
                RealDaemon.virshOk("destroy", guest.strip());
                RealDaemon.virshOk("undefine", guest.strip(), "--checkpoints-metadata", "--managed-save", "--snapshots-metadata");
            }
        }
        RealDaemon.removeAllStartingWith(prefix);
    }
}
