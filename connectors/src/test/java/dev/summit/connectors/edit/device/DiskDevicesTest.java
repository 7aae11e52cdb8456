package dev.summit.connectors.edit.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditGolden;
import dev.summit.connectors.xml.DiskBus;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiskDevicesTest {
    private final Definition guest = EditGolden.in("guest");
    private final DiskDevices disks = new DiskDevices(guest);

    @Test
    void readsEachDiskAsLibvirtWroteIt() {
        assertThat(disks.disks()).extracting(DiskDevice::target).containsExactly("vda", "vdb");
        DiskDevice vda = disks.find("vda").orElseThrow();
        assertThat(vda.type()).isEqualTo("file");
        assertThat(vda.bus()).isEqualTo("virtio");
        assertThat(vda.sourcePath()).isEqualTo("/var/lib/libvirt/images/golden.qcow2");
        assertThat(vda.source()).isEqualTo("/var/lib/libvirt/images/golden.qcow2");
        assertThat(vda.format()).isEqualTo("qcow2");
        assertThat(vda.cache()).isEqualTo("none");
        assertThat(vda.discard()).isEqualTo("unmap");
        assertThat(vda.readOnly()).isFalse();
        assertThat(vda.shareable()).isFalse();

        DiskDevice vdb = disks.find("vdb").orElseThrow();
        assertThat(vdb.type()).isEqualTo("volume");
        assertThat(vdb.sourcePath()).isNull();
        assertThat(vdb.sourcePool()).isEqualTo("data");
        assertThat(vdb.sourceVolume()).isEqualTo("shared.raw");
        assertThat(vdb.source()).isEqualTo("data/shared.raw");
        assertThat(vdb.cache()).isNull();
        assertThat(vdb.readOnly()).isTrue();
        assertThat(vdb.shareable()).isTrue();
    }

    @Test
    void findsDrivesOfEveryKindByTargetAndSource() {
        assertThat(disks.all()).extracting(DiskDevice::target).containsExactly("vda", "vdb", "hdc");
        assertThat(disks.find("hdc").orElseThrow().device()).isEqualTo("cdrom");
        assertThat(disks.find("sda")).isEmpty();
        assertThat(disks.findBySource("/var/lib/libvirt/images/install.iso").orElseThrow().target()).isEqualTo("hdc");
        assertThat(disks.findBySource("data/shared.raw").orElseThrow().target()).isEqualTo("vdb");
    }

    @Test
    void theNextFreeNameSkipsEveryNameInUseOnThatBus() {
        assertThat(disks.nextFreeTarget(DiskBus.VIRTIO)).isEqualTo("vdc");
        assertThat(disks.nextFreeTarget(DiskBus.SATA)).isEqualTo("sda");
        assertThat(disks.nextFreeTarget(DiskBus.SCSI)).isEqualTo("sda");
        assertThat(disks.nextFreeTarget(DiskBus.IDE)).isEqualTo("hda");
        assertThat(DiskDevices.nextFreeTarget(DiskBus.IDE, List.of("hda", "hdb", "hdc"))).isEqualTo("hdd");
        assertThat(DiskDevices.nextFreeTarget(DiskBus.SATA, List.of("sda", "sdb"))).isEqualTo("sdc");
    }

    @Test
    void namesGoOnPastZAsLibvirtCountsThem() {
        assertThat(DiskDevices.letters(0)).isEqualTo("a");
        assertThat(DiskDevices.letters(25)).isEqualTo("z");
        assertThat(DiskDevices.letters(26)).isEqualTo("aa");
        assertThat(DiskDevices.letters(27)).isEqualTo("ab");
        assertThat(DiskDevices.letters(52)).isEqualTo("ba");
    }

    @Test
    void settersChangeOnlyTheirAttributeAndLeaveUnknownChildrenInPlace() {
        DiskDevice vda = disks.find("vda").orElseThrow();
        vda.setCache("writeback");
        vda.setDiscard(null);
        vda.setReadOnly(true);
        vda.setShareable(true);
        DiskDevice vdb = disks.find("vdb").orElseThrow();
        vdb.setReadOnly(false);
        vdb.setShareable(false);

        EditGolden.assertOut("disk-setters", guest);
    }
}
