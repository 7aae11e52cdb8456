package dev.summit.connectors.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Backups of real running grub-rescue guests on the machine's libvirtd: full, then incremental,
 * restored as a new guest that boots and whose disk equals the source's at backup time
 * ({@code qemu-img compare}), and in place; a cancelled backup leaves no checkpoint and no listing.
 */
@Tag("daemon")
class BackupsDaemonTest {

    @Test
    void fullThenIncrementalRestoreAsNewGuestAndInPlace() throws Exception {
        try (BackupGuest guest = new BackupGuest(64, 8).start()) {
            StoredBackup full = guest.backUp(BackupKind.FULL);
            assertThat(full.manifest().kind()).isEqualTo(BackupKind.FULL);
            assertThat(guest.checkpoints()).containsExactly(full.manifest().checkpoint());
            assertThat(Files.readString(full.folder().resolve("definition.xml"))).contains("<name>" + guest.name + "</name>");

            guest.writeWhileRunning(0x22, "8M", "1M");
            StoredBackup incremental = guest.backUp(BackupKind.INCREMENTAL);
            assertThat(incremental.manifest().parent()).isEqualTo(full.name());
            assertThat(incremental.manifest().totalSize()).isLessThan(full.manifest().totalSize());
            assertThat(BackupFolder.list(guest.folder)).extracting(StoredBackup::name)
                    .containsExactly(full.name(), incremental.name());
            assertThat(guest.state()).isEqualTo("running");

            RealDaemon.virsh("destroy", guest.name);
            String copy = guest.prefix + "copy";
            String restored = new RestoreBackup(new RestoreRequest(BackupGuest.URI, incremental.folder(), copy, RealDaemon.POOL))
                    .run((f, b, s) -> { }, new CancelSignal());
            assertThat(restored).isEqualTo(copy);
            Path copyDisk = RealDaemon.POOL_DIR.resolve(copy + "-vda.qcow2");
            assertThat(RealDaemon.run("qemu-img", "compare", "-U", guest.disk.toString(), copyDisk.toString()))
                    .contains("Images are identical");
            assertThat(RealDaemon.virsh("domuuid", copy).strip()).isNotEqualTo(guest.uuid);
            RealDaemon.virsh("start", copy);
            assertThat(RealDaemon.virsh("domstate", copy).strip()).isEqualTo("running");

            // In place, from the full backup: the 0x22 written later is gone again, the checkpoints with it.
            RealDaemon.runQemuIo(guest.disk, "write -P 0x33 0 16M");
            new RestoreBackup(new RestoreRequest(BackupGuest.URI, full.folder(), null, null))
                    .run((f, b, s) -> { }, new CancelSignal());
            RealDaemon.runQemuIo(guest.disk, "read -P 0x11 0 8M");
            RealDaemon.runQemuIo(guest.disk, "read -P 0 8M 8M");
            assertThat(guest.checkpoints()).isEmpty();
            RealDaemon.virsh("start", guest.name);
            assertThat(guest.state()).isEqualTo("running");
        }
    }

    @Test
    void aQcow2V2DiskGetsAFullBackupWithoutCheckpointAndIsOfferedTheUpgradeForIncremental() throws Exception {
        try (BackupGuest guest = new BackupGuest(64, 8, false)) {
            assertThat(DiskUpgrade.oldImages(BackupGuest.URI, guest.uuid)).containsExactly(guest.disk.toString());
            guest.start();
            StoredBackup full = guest.backUp(BackupKind.FULL);
            assertThat(full.manifest().checkpoint()).isNull();
            assertThat(guest.checkpoints()).isEmpty();
            assertThatThrownBy(() -> guest.backUp(BackupKind.INCREMENTAL)).isInstanceOf(BackupFailed.class)
                    .hasMessageContaining("is not qcow2 version 3").hasMessageContaining("upgrade");
            assertThatThrownBy(() -> DiskUpgrade.upgrade(BackupGuest.URI, guest.uuid)).isInstanceOf(BackupFailed.class)
                    .hasMessageContaining("shut it off");
            RealDaemon.virsh("destroy", guest.name);
            assertThat(DiskUpgrade.upgrade(BackupGuest.URI, guest.uuid)).containsExactly(guest.disk.toString());
            assertThat(RealDaemon.run("qemu-img", "info", guest.disk.toString())).contains("compat: 1.1");
            RealDaemon.runQemuIo(guest.disk, "read -P 0x11 0 8M");
        }
    }

    @Test
    void cancelLeavesTheGuestRunningAndNoCheckpointNorListing() throws Exception {
        try (BackupGuest guest = new BackupGuest(1024, 1000).start()) {
            CancelSignal cancel = new CancelSignal();
            assertThatThrownBy(() -> new CreateBackup(new BackupRequest(BackupGuest.URI, guest.uuid, guest.folder,
                    BackupKind.FULL)).run((f, b, s) -> cancel.cancel(), cancel))
                    .isInstanceOf(BackupFailed.class).hasMessageContaining("cancelled")
                    .hasMessageContaining("Nothing of the backup was left");
            assertThat(guest.state()).isEqualTo("running");
            assertThat(guest.checkpoints()).isEmpty();
            assertThat(BackupFolder.list(guest.folder)).isEmpty();
            try (Stream<Path> left = Files.list(guest.folder)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void anUnwritableFolderIsRefusedWithNothingCreated() throws Exception {
        try (BackupGuest guest = new BackupGuest(64, 8).start()) {
            RealDaemon.run("mount", "--bind", guest.folder.toString(), guest.folder.toString());
            try {
                RealDaemon.run("mount", "-o", "remount,bind,ro", guest.folder.toString());
                assertThatThrownBy(() -> guest.backUp(BackupKind.FULL)).isInstanceOf(BackupFailed.class)
                        .hasMessageContaining("is not writable");
            } finally {
                RealDaemon.run("umount", guest.folder.toString());
            }
            assertThat(guest.checkpoints()).isEmpty();
            try (Stream<Path> left = Files.list(guest.folder)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void aFolderWithoutRoomIsRefused() throws Exception {
        try (BackupGuest guest = new BackupGuest(64, 16).start()) {
            RealDaemon.run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", guest.folder.toString());
            try {
                assertThatThrownBy(() -> guest.backUp(BackupKind.FULL)).isInstanceOf(BackupFailed.class)
                        .hasMessageContaining("MiB free");
                try (Stream<Path> left = Files.list(guest.folder)) {
                    assertThat(left).isEmpty();
                }
            } finally {
                RealDaemon.run("umount", guest.folder.toString());
            }
            assertThat(guest.checkpoints()).isEmpty();
        }
    }

    @Test
    void incrementalWithoutAFullBackupAndARestoreOntoAnExistingNameAreRefused() throws Exception {
        try (BackupGuest guest = new BackupGuest(64, 8).start()) {
            assertThatThrownBy(() -> guest.backUp(BackupKind.INCREMENTAL)).isInstanceOf(BackupFailed.class)
                    .hasMessageContaining("make a full backup first");
            StoredBackup full = guest.backUp(BackupKind.FULL);
            String before = RealDaemon.virsh("vol-list", RealDaemon.POOL);
            assertThatThrownBy(() -> new RestoreBackup(new RestoreRequest(BackupGuest.URI, full.folder(), guest.name,
                    RealDaemon.POOL)).run((f, b, s) -> { }, new CancelSignal()))
                    .isInstanceOf(BackupFailed.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> new RestoreBackup(new RestoreRequest(BackupGuest.URI, full.folder(), null, null))
                    .run((f, b, s) -> { }, new CancelSignal()))
                    .isInstanceOf(BackupFailed.class).hasMessageContaining("is running");
            assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).isEqualTo(before);
        }
    }

    @Test
    void anInterruptedBackupIsReportedAndCleanedUp() throws Exception {
        try (BackupGuest guest = new BackupGuest(64, 8).start()) {
            StoredBackup full = guest.backUp(BackupKind.FULL);
            // What Summit killed mid-job leaves: the marker instead of the manifest, the checkpoint on the guest.
            Files.move(full.folder().resolve(BackupManifest.FILE), full.folder().resolve("manifest.json.part"));
            BackupFolder.writeUnfinished(full.folder(), guest.name, guest.uuid, full.manifest().checkpoint(), BackupKind.FULL);
            BackupCheck.Findings findings = BackupCheck.inspect(BackupGuest.URI, guest.folder);
            assertThat(findings.backups()).isEmpty();
            assertThat(findings.sentences()).singleElement().asString()
                    .contains("Unfinished backup of '" + guest.name + "'").contains("dangling");
            BackupCheck.cleanUp(BackupGuest.URI, guest.folder);
            assertThat(guest.checkpoints()).isEmpty();
            assertThat(Files.exists(full.folder())).isFalse();
            assertThat(guest.state()).isEqualTo("running");
        }
    }
}
