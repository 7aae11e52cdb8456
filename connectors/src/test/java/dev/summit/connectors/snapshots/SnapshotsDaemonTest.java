package dev.summit.connectors.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of real guests on this host's libvirt (9.0 here: it deletes external snapshots but does
 * not revert to them, so the external reverts below are Summit's own). The disks' content is written
 * from the host with qemu-io while the guest is shut off, and read back after each revert.
 */
@Tag("daemon")
class SnapshotsDaemonTest {
    @TempDir
    Path journalFolder;
    private SnapshotGuest guest;

    @AfterEach
    void remove() throws Exception {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void internalSnapshotsRevertTheDiskAndDeleteWithTheirChildren() throws Exception {
        guest = SnapshotGuest.define("int", journalFolder);
        guest.write(0x11);
        CreateSnapshot.Created first = guest.create("first", false, false);
        assertThat(first.snapshot().kind()).isEqualTo(SnapshotKind.INTERNAL);
        assertThat(first.why()).contains("qcow2");
        guest.write(0x22);
        guest.create("second", false, false);
        guest.write(0x33);

        guest.revert("first");

        assertThat(guest.holds(0x11)).isTrue();
        SnapshotTree tree = guest.tree();
        assertThat(tree.current().orElseThrow().name()).isEqualTo("first");
        assertThat(tree.children("first")).extracting(Snapshot::name).containsExactly("second");

        guest.revert("second");
        assertThat(guest.holds(0x22)).isTrue();

        assertThat(guest.delete("first", true)).containsExactly("second", "first");
        assertThat(guest.names()).isEmpty();
        assertThat(guest.holds(0x22)).isTrue();
    }

    @Test
    void anExternalDiskOnlySnapshotIsRevertedBySummitAndDeletedByMerging() throws Exception {
        guest = SnapshotGuest.define("ext", journalFolder);
        guest.write(0x11);
        Path original = guest.originalDisk();

        CreateSnapshot.Created made = guest.create("before", true, false);

        assertThat(made.snapshot().kind()).isEqualTo(SnapshotKind.EXTERNAL_DISK_ONLY);
        Path overlay = guest.currentDisk();
        assertThat(overlay).isNotEqualTo(original);
        guest.write(0x22);
        assertThat(guest.holds(0x22)).isTrue();

        guest.revert("before");

        assertThat(guest.holds(0x11)).isTrue();
        assertThat(RealDaemon.run("qemu-img", "info", "-U", guest.currentDisk().toString())).contains("backing file: " + original);
        assertThat(guest.tree().current().orElseThrow().name()).isEqualTo("before");
        assertThat(guest.state()).isEqualTo("shut off");
        assertThat(journalFolder).isEmptyDirectory();

        guest.write(0x44);
        guest.delete("before", false);

        assertThat(guest.names()).isEmpty();
        assertThat(guest.currentDisk()).isEqualTo(original);
        assertThat(guest.holds(0x44)).isTrue();
    }

    @Test
    void anExternalSnapshotWithMemoryOfARunningGuestRevertsToRunningAndOfAPausedOneToPaused() throws Exception {
        guest = SnapshotGuest.define("mem", journalFolder);
        RealDaemon.virsh("start", guest.name);

        CreateSnapshot.Created running = guest.create("running", true, false);
        assertThat(running.snapshot().kind()).isEqualTo(SnapshotKind.EXTERNAL_WITH_MEMORY);
        assertThat(running.snapshot().state()).isEqualTo("running");
        assertThat(GuestScreenshot.take(guest.conn, guest.conn.domainLookupByUUIDString(guest.uuid)))
                .as("the screen for its thumbnail, taken right after").isPresent();
        RealDaemon.virsh("suspend", guest.name);
        CreateSnapshot.Created paused = guest.create("paused", true, false);
        assertThat(paused.snapshot().state()).isEqualTo("paused");
        RealDaemon.virsh("destroy", guest.name);

        guest.revert("running");
        assertThat(guest.state()).isEqualTo("running");
        assertThat(RealDaemon.run("qemu-img", "info", "-U", guest.currentDisk().toString()))
                .contains("backing file: " + guest.originalDisk());
        assertThat(guest.tree().current().orElseThrow().name()).isEqualTo("running");

        guest.revert("paused");
        assertThat(guest.state()).isEqualTo("paused");
        assertThat(guest.tree().current().orElseThrow().name()).isEqualTo("paused");
        RealDaemon.virsh("resume", guest.name);

        String memory = paused.snapshot().memoryFile();
        assertThat(Path.of(memory)).exists();
        assertThat(guest.delete("running", true)).containsExactly("paused", "running");
        assertThat(guest.names()).isEmpty();
        assertThat(guest.state()).isEqualTo("running");
        assertThat(Path.of(memory)).doesNotExist();
        assertThat(Files.exists(Path.of(running.snapshot().memoryFile()))).isFalse();
    }

    @Test
    void aUefiGuestGetsAnExternalSnapshotWithMemoryAndRevertsToRunning() throws Exception {
        guest = SnapshotGuest.defineUefi("uefi", journalFolder);
        RealDaemon.virsh("start", guest.name);

        CreateSnapshot.Created made = guest.create("booted", false, false);

        assertThat(made.snapshot().kind()).isEqualTo(SnapshotKind.EXTERNAL_WITH_MEMORY);
        assertThat(made.why()).contains("UEFI firmware keeps its variables in pflash");
        RealDaemon.virsh("destroy", guest.name);
        guest.revert("booted");
        assertThat(guest.state()).isEqualTo("running");
        assertThat(RealDaemon.virsh("dumpxml", guest.name)).contains("type='pflash'");
        guest.delete("booted", false);
        assertThat(guest.currentDisk()).isEqualTo(guest.originalDisk());
        assertThat(guest.state()).isEqualTo("running");
    }
}
