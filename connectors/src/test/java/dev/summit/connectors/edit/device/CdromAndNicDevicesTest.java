package dev.summit.connectors.edit.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditGolden;
import org.junit.jupiter.api.Test;

class CdromAndNicDevicesTest {
    private final Definition guest = EditGolden.in("guest");

    @Test
    void readsTheDriveAndItsMedia() {
        CdromDevices drives = new CdromDevices(guest);
        assertThat(drives.all()).extracting(CdromDevice::target).containsExactly("hdc");
        CdromDevice hdc = drives.find(null).orElseThrow();
        assertThat(hdc.bus()).isEqualTo("ide");
        assertThat(hdc.media()).isEqualTo("/var/lib/libvirt/images/install.iso");
        assertThat(hdc.empty()).isFalse();
        assertThat(drives.find("hdd")).isEmpty();
        hdc.eject();
        assertThat(new CdromDevices(guest).find("hdc").orElseThrow().empty()).isTrue();
    }

    @Test
    void readsEachCardWhateverCaseItsMacIsWrittenIn() {
        NicDevices nics = new NicDevices(guest);
        assertThat(nics.all()).extracting(NicDevice::mac).containsExactly("52:54:00:aa:bb:01", "52:54:00:aa:bb:02");
        NicDevice first = nics.find("52:54:00:AA:BB:01").orElseThrow();
        assertThat(first.type()).isEqualTo("network");
        assertThat(first.network()).isEqualTo("default");
        assertThat(first.source()).isEqualTo("default");
        assertThat(first.model()).isEqualTo("virtio");
        assertThat(first.linkUp()).isTrue();
        NicDevice second = nics.find("52:54:00:aa:bb:02").orElseThrow();
        assertThat(second.network()).isNull();
        assertThat(second.bridge()).isEqualTo("br0");
        assertThat(second.model()).isEqualTo("e1000e");
        assertThat(second.linkUp()).isFalse();
        assertThat(nics.last().orElseThrow().mac()).isEqualTo("52:54:00:aa:bb:02");
        assertThat(nics.find("52:54:00:aa:bb:03")).isEmpty();
    }
}
