package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.device.BootOrder;
import dev.summit.connectors.edit.device.CpuModel;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.edit.device.Firmware;
import dev.summit.connectors.edit.device.GraphicsSettings;
import dev.summit.connectors.edit.device.GuestIdentity;
import dev.summit.connectors.edit.device.VcpuSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed accessors read what libvirt wrote, in the units and words the window shows. */
class DeviceAccessorsTest {
    @Test
    void vcpus() {
        VcpuSettings vcpus = new VcpuSettings(EditFiles.in("vcpus-raise"));
        assertThat(vcpus.maximum()).isEqualTo(2);
        assertThat(vcpus.current()).isEqualTo(1);
        assertThat(vcpus.placement()).isEqualTo("static");
        assertThat(new VcpuSettings(EditFiles.in("pinning")).current()).isEqualTo(2);
    }

    @Test
    void cpuModelAndTopology() {
        CpuModel custom = new CpuModel(EditFiles.in("cpu-host-passthrough"));
        assertThat(custom.mode()).isEqualTo(CpuModel.CUSTOM);
        assertThat(custom.model()).isEqualTo("qemu64");
        assertThat(custom.topology()).isNull();
        CpuModel passthrough = new CpuModel(EditFiles.in("cpu-custom-model"));
        assertThat(passthrough.mode()).isEqualTo(CpuModel.HOST_PASSTHROUGH);
        assertThat(passthrough.model()).isNull();
        assertThat(passthrough.topology()).isEqualTo(new CpuTopology(1, 2, 2, 1));
        assertThat(passthrough.topology().vcpus()).isEqualTo(4);
        assertThat(new CpuModel(EditFiles.in("identity")).mode()).isNull();
    }

    @Test
    void pinning() {
        CpuPinning pinning = new CpuPinning(EditFiles.in("unpin"));
        assertThat(pinning.vcpuPins()).isEqualTo(Map.of(0, CpuSet.of(0, 1)));
        assertThat(pinning.emulatorPin()).isEqualTo(CpuSet.of(1));
        assertThat(new CpuPinning(EditFiles.in("identity")).emulatorPin()).isNull();
        assertThat(new CpuPinning(EditFiles.in("identity")).vcpuPins()).isEmpty();
    }

    @Test
    void bootOrderByKindAndPerDevice() {
        BootOrder byKind = new BootOrder(EditFiles.in("boot-by-kind"));
        assertThat(byKind.perDevice()).isFalse();
        assertThat(byKind.devices()).containsExactly("hd");
        assertThat(byKind.menu()).isNull();
        assertThat(byKind.firmware()).isEqualTo(Firmware.UEFI);

        BootOrder perDevice = new BootOrder(EditFiles.in("boot-per-device"));
        assertThat(perDevice.perDevice()).isTrue();
        assertThat(perDevice.devices()).containsExactly("vda", "52:54:00:12:34:56");
        assertThat(perDevice.menu()).isTrue();
        assertThat(perDevice.firmware()).isEqualTo(Firmware.BIOS);
    }

    @Test
    void aKindInAPerDeviceOrderStandsForEachDeviceOfThatKindNotNamed() {
        Definition definition = EditFiles.in("boot-per-device");
        BootOrder boot = new BootOrder(definition);
        boot.setDevices(List.of("network", "hd", "cdrom"));
        assertThat(boot.devices()).containsExactly("52:54:00:12:34:56", "vda", "hdc");
        assertThat(Definition.children(Definition.child(definition.root(), "os"), "boot")).isEmpty();
    }

    @Test
    void firmwareSaidByTheOsElement() {
        Definition efi = Definition.parse("<domain><name>x</name><os firmware='efi'><type>hvm</type></os></domain>");
        assertThat(Firmware.of(efi)).isEqualTo(Firmware.UEFI);
    }

    @Test
    void display() {
        GraphicsSettings display = new GraphicsSettings(EditFiles.in("display"));
        assertThat(display.hasVnc()).isTrue();
        assertThat(display.listen()).isEqualTo("127.0.0.1");
        assertThat(display.hasPassword()).isFalse();
        assertThat(display.videoModel()).isEqualTo("qxl");
        GraphicsSettings socket = new GraphicsSettings(EditFiles.in("display-socket"));
        assertThat(socket.listen()).isNull();
        assertThat(socket.password()).isEqualTo("s3cret");
        assertThat(new GraphicsSettings(EditFiles.in("identity")).hasVnc()).isFalse();
    }

    @Test
    void identity() {
        GuestIdentity identity = new GuestIdentity(EditFiles.in("identity-remove"));
        assertThat(identity.name()).isEqualTo("fuji");
        assertThat(identity.uuid()).isEqualTo(EditFiles.UUID);
        assertThat(identity.title()).isEqualTo("Old title");
        assertThat(identity.description()).isEqualTo("Old\ndescription");
        assertThat(new GuestIdentity(EditFiles.in("identity")).title()).isNull();
    }
}
