package dev.summit.connectors.edit.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditGolden;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.xml.DiskBus;
import dev.summit.connectors.xml.VirtXmlValidate;
import dev.summit.connectors.xml.XmlTree;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.libvirt.LibvirtException;

/** Disk edits on the golden guest, against the test driver's pools. */
class DiskEditsTest {
    private final EditHost host;

    DiskEditsTest() throws LibvirtException {
        host = new EditHost();
    }

    @AfterEach
    void close() throws LibvirtException {
        host.close();
    }

    private Definition edit(String name, GuestEdit edit) {
        Definition guest = EditGolden.in(name);
        edit.edit(guest, null, host.context(guest));
        return guest;
    }

    private void assertRefused(GuestEdit edit, String message) {
        Definition guest = EditGolden.in("guest");
        EditContext context = host.context(guest);
        assertThatThrownBy(() -> edit.edit(guest, null, context)).isInstanceOf(EditRefused.class).hasMessageContaining(message);
        assertThat(guest.serialize()).isEqualTo(EditGolden.normalized("guest"));
    }

    @Test
    void aNewQcow2VolumeIsMadeCompat11WithLazyRefcountsAndBecomesTheNextVirtioDisk() throws Exception {
        Definition guest = edit("add-disk-new-volume", new AddDisk(new DiskSource.NewVolume("images", "extra.qcow2", 20, "qcow2"),
                null, null, "none", "unmap"));

        EditGolden.assertOut("add-disk-new-volume", guest);
        var volume = host.conn.storagePoolLookupByName("images").storageVolLookupByName("extra.qcow2");
        assertThat(volume.getInfo().capacity).isEqualTo(20L << 30);
        String xml = volume.getXMLDesc(0);
        assertThat(XmlTree.parse(xml).getElementsByTagName("format").item(0).getAttributes().getNamedItem("type")
                .getNodeValue()).isEqualTo("qcow2");
    }

    @Test
    void theVolumeXmlAsksForCompat11AndLazyRefcounts() throws Exception {
        VirtXmlValidate.assertValid(NewVolumeXml.of("a.qcow2", 1L << 30, "qcow2"), "storagevol");
        assertThat(NewVolumeXml.of("a.qcow2", 1L << 30, "qcow2")).contains("<format type=\"qcow2\"/>")
                .contains("<compat>1.1</compat>").contains("<features>").contains("<lazy_refcounts/>")
                .contains("<allocation unit=\"bytes\">0</allocation>");
        assertThat(NewVolumeXml.of("a.raw", 1L << 30, "raw")).contains("<format type=\"raw\"/>").doesNotContain("compat");
    }

    @Test
    void anExistingVolumeOnScsiBringsAVirtioScsiControllerAndTakesItsFormatFromThePool() {
        Definition guest = edit("add-disk-scsi", new AddDisk(DiskSource.ExistingVolume.parse("images/spare.raw"),
                DiskBus.SCSI, null, null, null));

        EditGolden.assertOut("add-disk-scsi", guest);
    }

    @Test
    void aFileInAPoolOnSataGetsTheNameAskedFor() {
        Definition guest = edit("add-disk-file", new AddDisk(new DiskSource.FilePath("/var/lib/libvirt/images/spare.raw"),
                DiskBus.SATA, "sdb", "writeback", null));

        EditGolden.assertOut("add-disk-file", guest);
    }

    @Test
    void refusesWhatCannotBeAddedAndMakesNoVolume() throws Exception {
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "x.qcow2", 0, "qcow2")), "larger than 0 GiB");
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "x.qcow2", -1, "qcow2")), "larger than 0 GiB");
        assertRefused(new AddDisk(new DiskSource.NewVolume("nowhere", "x.qcow2", 1, "qcow2")), "no storage pool 'nowhere'");
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "spare.raw", 1, "raw")), "already has a volume 'spare.raw'");
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "x.vmdk", 1, "vmdk")), "use qcow2 or raw");
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "x.qcow2", 1, "qcow2"), DiskBus.VIRTIO, "vda", null, null),
                "already has a drive called vda");
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "x.qcow2", 1, "qcow2"), DiskBus.VIRTIO, "hdc", null, null),
                "no name for a virtio disk");
        assertRefused(new AddDisk(new DiskSource.NewVolume("images", "x.qcow2", 1, "qcow2"), DiskBus.VIRTIO, null, "fast", null),
                "Unknown cache mode 'fast'");
        assertRefused(new AddDisk(new DiskSource.FilePath("/var/lib/libvirt/images/neighbour.qcow2")),
                "guest 'neighbour' uses it as vda");
        assertRefused(new AddDisk(DiskSource.ExistingVolume.parse("images/neighbour.qcow2")), "guest 'neighbour' uses it as vda");
        assertRefused(new AddDisk(new DiskSource.FilePath("/var/lib/libvirt/images/golden.qcow2")), "already is vda of 'golden'");
        assertRefused(new AddDisk(DiskSource.ExistingVolume.parse("data/shared.raw")), "already is vdb of 'golden'");
        assertRefused(new AddDisk(DiskSource.ExistingVolume.parse("images/missing.raw")), "no volume 'missing.raw'");
        assertRefused(new AddDisk(new DiskSource.FilePath("/no/such/image.raw")), "no image /no/such/image.raw");
        assertRefused(new AddDisk(new DiskSource.FilePath("relative.raw")), "not an absolute path");
        assertThat(host.volumes("images")).containsExactlyInAnyOrder("golden.qcow2", "spare.raw", "neighbour.qcow2", "install.iso");
    }

    @Test
    void removingADiskTakesOnlyItsElement() {
        EditGolden.assertOut("remove-disk", edit("remove-disk", new RemoveDisk("vda", false)));
    }

    @Test
    void theImageGoesOnlyUnderTheDeleteRules() {
        assertRefused(new RemoveDisk("vdb", true), "Will not delete the image of vdb (data/shared.raw): read-only");
        assertRefused(new RemoveDisk("hdc", true), "hdc of 'golden' is a cdrom drive, not a hard disk");
        assertRefused(new RemoveDisk("vdz", false), "'golden' has no disk vdz");
    }

    @Test
    void aDiskTheNeighbourAlsoUsesIsKept() {
        Definition guest = EditGolden.in("guest");
        new AddDisk(new DiskSource.FilePath("/var/lib/libvirt/images/spare.raw")).edit(guest, null, host.context(guest));
        String withSpare = guest.serialize();
        Definition neighbour = Definition.parse(EditHost.NEIGHBOUR.replace("neighbour.qcow2", "spare.raw"));
        EditContext context = EditGolden.context(guest, host.conn, List.of(neighbour));

        assertThatThrownBy(() -> new RemoveDisk("vdc", true).edit(guest, null, context))
                .hasMessageContaining("also used by 'neighbour'");
        assertThat(guest.serialize()).isEqualTo(withSpare);
    }

    @Test
    void flagsAreSetForTheNextBootAndAQcow2DiskIsNeverShareable() {
        EditGolden.assertOut("set-disk-flags", edit("set-disk-flags", new SetDiskFlags("vdb", false, true)));
        assertRefused(new SetDiskFlags("vda", false, true), "vda is a qcow2 image, which guests cannot share");
        assertRefused(new SetDiskFlags("hdc", true, false), "is a cdrom drive");
    }

    @Test
    void aStoppedGuestsVolumeIsNeverShrunk() {
        assertRefused(new ResizeDisk("vda", 5L << 30), "Will not shrink vda: it is 10 GiB and 5 GiB was asked");
        assertRefused(new ResizeDisk("vda", 10L << 30), "vda already is 10 GiB");
        Definition guest = EditGolden.in("guest");
        new AddDisk(new DiskSource.FilePath("/etc/hostname")).edit(guest, null, host.context(guest));
        assertThatThrownBy(() -> new ResizeDisk("vdc", 1L << 30).edit(guest, null, host.context(guest)))
                .hasMessageContaining("is no volume of a storage pool, so it can be grown only while the guest runs");
    }
}
