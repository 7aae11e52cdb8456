package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.change.AddDisk;
import dev.summit.connectors.edit.change.DiskSource;
import dev.summit.connectors.edit.change.RemoveDisk;
import dev.summit.connectors.edit.change.ResizeDisk;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.xml.DiskBus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Disks added, grown and refused on a running grub-rescue KVM guest of the real libvirtd. */
@Tag("daemon")
class DiskEditsDaemonTest {
    private RunningGuest guest;

    @AfterEach
    void cleanUp() {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aNewQcow2VolumeIsHotPluggedIntoTheRunningGuestAndKeptForNextBoot() throws Exception {
        guest = new RunningGuest("summit-test-edev-add-", true);
        String volume = guest.prefix + "data.qcow2";
        Path image = RealDaemon.POOL_DIR.resolve(volume);

        EditOutcome outcome = guest.apply(new AddDisk(new DiskSource.NewVolume(RealDaemon.POOL, volume, 1, "qcow2")));

        assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("domblklist", guest.name)).containsPattern("vdb\\s+" + image);
        assertThat(guest.inactiveXml()).contains("<source file='" + image + "'").contains("<target dev='vdb' bus='virtio'/>");
        String info = RealDaemon.run("qemu-img", "info", "-U", image.toString());
        assertThat(info).contains("virtual size: 1 GiB").contains("compat: 1.1").contains("lazy refcounts: true");
    }

    @Test
    void theRunningGuestsDiskGrowsLive() throws Exception {
        guest = new RunningGuest("summit-test-edev-grow-", true);

        EditOutcome outcome = guest.apply(new ResizeDisk("vda", 96L << 20));

        assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("domblkinfo", guest.name, "vda")).containsPattern("Capacity:\\s+100663296");
        assertThat(RealDaemon.virsh("vol-info", "--bytes", "--pool", RealDaemon.POOL, guest.name + ".qcow2"))
                .containsPattern("Capacity:\\s+100663296");
    }

    @Test
    void aStoppedGuestsDiskGrowsThroughTheVolumeApi() throws Exception {
        guest = new RunningGuest("summit-test-edev-growoff-", false);

        EditOutcome outcome = guest.apply(new ResizeDisk("vda", 80L << 20));

        assertThat(outcome.effect()).isEqualTo(Effect.NEXT_BOOT);
        assertThat(RealDaemon.virsh("vol-info", "--bytes", "--pool", RealDaemon.POOL, guest.name + ".qcow2"))
                .containsPattern("Capacity:\\s+83886080");
    }

    @Test
    void refusalsLeaveTheDefinitionAsItWasAndNoVolumeBehind() throws Exception {
        guest = new RunningGuest("summit-test-edev-refuse-", true);
        String neighbour = guest.neighbour();
        String volume = guest.prefix + "x.qcow2";

        guest.assertRefused(new ResizeDisk("vda", 32L << 20), "Will not shrink vda: it is 64 MiB and 32 MiB was asked");
        guest.assertRefused(new AddDisk(new DiskSource.FilePath(RealDaemon.POOL_DIR.resolve(neighbour + ".qcow2").toString())),
                "guest '" + neighbour + "' uses it as vda");
        guest.assertRefused(new AddDisk(new DiskSource.NewVolume(RealDaemon.POOL, volume, 1, "qcow2"), DiskBus.VIRTIO,
                "vda", null, null), "already has a drive called vda");
        guest.assertRefused(new AddDisk(new DiskSource.NewVolume("summit-test-edev-no-pool", volume, 1, "qcow2")),
                "no storage pool 'summit-test-edev-no-pool'");
        guest.assertRefused(new AddDisk(new DiskSource.NewVolume(RealDaemon.POOL, volume, 0, "qcow2")), "larger than 0 GiB");
        guest.assertRefused(new RemoveDisk("hdc", true), "is a cdrom drive");
        assertThat(guest.volumes()).doesNotContain(volume);
    }

    @Test
    void aVolumeMadeForADiskLibvirtThenRefusesIsDeletedAgain() throws Exception {
        guest = new RunningGuest("summit-test-edev-undo-", true);
        String volume = guest.prefix + "ide.qcow2";
        String before = guest.inactiveXml();

        // A fifth IDE disk would need a second IDE controller, which libvirt refuses at define.
        assertThatThrownBy(() -> guest.apply(new AddDisk(new DiskSource.NewVolume(RealDaemon.POOL, volume, 1, "qcow2"),
                DiskBus.IDE, "hde", null, null))).isInstanceOf(ExecutionException.class).hasMessageContaining("IDE controller");

        assertThat(guest.inactiveXml()).isEqualTo(before);
        assertThat(guest.volumes()).doesNotContain(volume);
        assertThat(Files.exists(RealDaemon.POOL_DIR.resolve(volume))).isFalse();
    }

    @Test
    void aStoppedGuestsOwnDiskIsRemovedWithItsVolume() throws Exception {
        guest = new RunningGuest("summit-test-edev-remove-", false);
        String volume = guest.prefix + "spare.qcow2";
        guest.apply(new AddDisk(new DiskSource.NewVolume(RealDaemon.POOL, volume, 1, "qcow2")));
        assertThat(guest.inactiveXml()).contains(volume);

        guest.assertRefused(new RemoveDisk("hdc", true), "is a cdrom drive");
        EditOutcome outcome = guest.apply(new RemoveDisk("vdb", true));

        assertThat(outcome.effect()).isEqualTo(Effect.NEXT_BOOT);
        assertThat(guest.inactiveXml()).doesNotContain(volume).contains(guest.name + ".qcow2");
        assertThat(guest.volumes()).doesNotContain(volume);
        assertThat(Files.exists(RealDaemon.isoVolume())).isTrue();
    }

    @Test
    void aDiskTheRunningGuestDoesNotLetGoOfLeavesTheDefinitionButKeepsItsVolume() throws Exception {
        guest = new RunningGuest("summit-test-edev-unplug-", true);
        String volume = guest.prefix + "hot.qcow2";
        guest.apply(new AddDisk(new DiskSource.NewVolume(RealDaemon.POOL, volume, 1, "qcow2")));

        // grub answers no ACPI unplug request, so QEMU keeps the disk open until the guest stops.
        assertThatThrownBy(() -> guest.apply(new RemoveDisk("vdb", true))).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("the running guest has not let go of it yet")
                .hasMessageContaining(volume + " is kept");

        assertThat(guest.inactiveXml()).doesNotContain(volume);
        assertThat(guest.volumes()).contains(volume);
    }
}
