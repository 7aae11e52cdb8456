package dev.summit.app.guest.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.guest.details.AddHardwareViewModel.DiskForm;
import dev.summit.app.guest.details.AddHardwareViewModel.DiskKind;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.edit.device.GuestIdentity;
import dev.summit.connectors.edit.device.NicDevices;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Disk, Add hardware and XML view-models without a window, against the test driver's running 'fuji'. */
class DiskAndXmlViewModelTest {
    private TestDriverGuest fuji;

    @BeforeEach
    void connect() throws Exception {
        fuji = new TestDriverGuest(TestDriverGuest.FUJI);
    }

    @AfterEach
    void close() {
        fuji.close();
    }

    @Test
    void aNewVolumeIsAddedToAShutOffGuestAsItsFirstVirtioDisk() throws Exception {
        // The test driver attaches nothing to a running guest, so this is the shut-off 'denali'.
        fuji.close();
        fuji = new TestDriverGuest(TestDriverGuest.DENALI);
        AddHardwareViewModel model = new AddHardwareViewModel(fuji::apply);
        model.addDisk(new DiskForm(DiskKind.NEW_VOLUME, "default", "summit-test-pages-data.qcow2", "5", "qcow2", "",
                "", new AddHardwareViewModel.Driver("virtio", "", ""))).get(10, TimeUnit.SECONDS);
        assertThat(model.diskFeedback().problemProperty().get()).isEmpty();
        assertThat(model.diskFeedback().outcomeProperty().get()).isEqualTo("Add a virtio disk on a new 5 GiB qcow2 volume summit-test-pages-data.qcow2 in pool default: applies at next boot.");
        assertThat(new DiskDevices(fuji.read().persistent()).find("vda")).isPresent();
    }

    @Test
    void badDiskInputIsRefusedBeforeAnythingIsSent() throws Exception {
        AddHardwareViewModel model = new AddHardwareViewModel(fuji::apply);
        model.addDisk(new DiskForm(DiskKind.NEW_VOLUME, "default", "x.qcow2", "big", "qcow2", "", "",
                new AddHardwareViewModel.Driver("virtio", "", "")))
                .get(10, TimeUnit.SECONDS);
        assertThat(model.diskFeedback().problemProperty().get()).isEqualTo("The size must be a whole number of GiB, not 'big'.");
        model.addDisk(new DiskForm(DiskKind.FILE, "", "", "", "", "", "relative.img",
                new AddHardwareViewModel.Driver("virtio", "", "")))
                .get(10, TimeUnit.SECONDS);
        assertThat(model.diskFeedback().problemProperty().get()).isEqualTo("Give the image file's absolute path on the host.");
        assertThat(fuji.sent()).isZero();
    }

    @Test
    void growingToLessThanTheDiskIsRefusedAndChangesNothing() throws Exception {
        DiskViewModel disk = new DiskViewModel("vda", fuji::apply);
        disk.show(fuji.read());
        disk.grow("5").get(10, TimeUnit.SECONDS);
        assertThat(disk.feedback().problemProperty().get()).startsWith("Will not shrink vda: it is 10");
        assertThat(disk.feedback().outcomeProperty().get()).isEmpty();
        disk.grow("ten").get(10, TimeUnit.SECONDS);
        assertThat(disk.feedback().problemProperty().get()).isEqualTo("The new size must be a number of GiB above 0, not 'ten'.");
    }

    @Test
    void aNicOnABridgeIsAddedToAShutOffGuestAndRemoved() throws Exception {
        fuji.close();
        fuji = new TestDriverGuest(TestDriverGuest.DENALI);
        AddHardwareViewModel model = new AddHardwareViewModel(fuji::apply);
        model.addNic("network", " ", "virtio", "").get(10, TimeUnit.SECONDS);
        assertThat(model.nicFeedback().problemProperty().get()).isEqualTo("Choose the network the NIC is plugged into.");
        assertThat(fuji.sent()).isZero();
        model.addNic("bridge", "br0", "virtio", "52:54:00:aa:bb:01").get(10, TimeUnit.SECONDS);
        assertThat(model.nicFeedback().problemProperty().get()).isEmpty();
        assertThat(new NicDevices(fuji.read().persistent()).find("52:54:00:aa:bb:01")).isPresent();

        NicViewModel nic = new NicViewModel("52:54:00:aa:bb:01", fuji::apply);
        nic.show(fuji.read());
        nic.remove().get(10, TimeUnit.SECONDS);
        assertThat(nic.feedback().problemProperty().get()).isEmpty();
        assertThat(new NicDevices(fuji.read().persistent()).find("52:54:00:aa:bb:01")).isEmpty();
    }

    @Test
    void aTitleTypedIntoTheXmlIsReviewedAsADiffThenDefined() throws Exception {
        XmlViewModel xml = new XmlViewModel(fuji::apply);
        xml.show(fuji.read());
        xml.textProperty().set(xml.textProperty().get().replace("<name>fuji</name>", "<name>fuji</name>\n  <title>Fuji the first</title>"));
        xml.review();
        assertThat(xml.diffProperty().get()).contains("+  <title>Fuji the first</title>");
        assertThat(fuji.sent()).isZero();

        xml.apply().get(10, TimeUnit.SECONDS);
        assertThat(xml.feedback().problemProperty().get()).isEmpty();
        assertThat(xml.feedback().outcomeProperty().get()).isEqualTo("Replace the definition with edited XML: applies at next boot.");
        assertThat(new GuestIdentity(fuji.read().persistent()).title()).isEqualTo("Fuji the first");
    }

    @Test
    void xmlThatCannotBeReadIsRefusedAndChangesNothing() throws Exception {
        XmlViewModel xml = new XmlViewModel(fuji::apply);
        xml.show(fuji.read());
        String before = fuji.read().persistent().serialize();
        xml.textProperty().set(xml.textProperty().get().replace("</domain>", ""));
        xml.apply().get(10, TimeUnit.SECONDS);
        assertThat(xml.feedback().problemProperty().get()).startsWith("The XML cannot be read");
        assertThat(fuji.read().persistent().serialize()).isEqualTo(before);
    }
}
