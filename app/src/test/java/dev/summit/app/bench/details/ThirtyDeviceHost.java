package dev.summit.app.bench.details;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test-driver host with one running guest of 30 devices — 10 disks, 2 CD drives, 10 network
 * cards, controllers, input, display, serial and console — for timing its Details tab.
 */
public final class ThirtyDeviceHost {
    public static final String GUEST = "thirty";

    private ThirtyDeviceHost() {
    }

    /** Writes the host's XML into {@code dir}; returns its test:// URI. */
    public static String write(Path dir) throws IOException {
        StringBuilder devices = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            char letter = (char) ('a' + i);
            devices.append("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/")
                    .append(GUEST).append('-').append(i).append(".qcow2'/><target dev='vd").append(letter)
                    .append("' bus='virtio'/></disk>\n");
        }
        for (int i = 0; i < 2; i++) {
            devices.append("<disk type='file' device='cdrom'><source file='/srv/iso/disc").append(i)
                    .append(".iso'/><target dev='sd").append((char) ('a' + i)).append("' bus='sata'/><readonly/></disk>\n");
        }
        for (int i = 0; i < 10; i++) {
            devices.append(String.format("<interface type='network'><mac address='52:54:00:30:00:%02x'/>"
                    + "<source network='default'/><model type='virtio'/></interface>%n", i));
        }
        devices.append("""
                <controller type='usb' model='qemu-xhci'/>
                <controller type='sata' index='0'/>
                <controller type='pci' model='pcie-root'/>
                <input type='tablet' bus='usb'/>
                <input type='keyboard' bus='usb'/>
                <graphics type='vnc' port='5930' listen='127.0.0.1'/>
                <video><model type='virtio'/></video>
                <serial type='pty'><target port='0'/></serial>
                """);
        String xml = """
                <?xml version='1.0'?>
                <node>
                  <network><name>default</name><uuid>6c1f3a8e-5555-4000-8000-000000000001</uuid>
                    <bridge name='virbr0'/><forward/><ip address='192.168.122.1' netmask='255.255.255.0'/></network>
                  <domain type='test'>
                    <name>%s</name>
                    <uuid>7b3c0de0-5555-4000-8000-000000000030</uuid>
                    <memory unit='MiB'>2048</memory>
                    <vcpu current='2'>4</vcpu>
                    <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type><boot dev='hd'/></os>
                    <devices>
                %s    </devices>
                  </domain>
                </node>
                """.formatted(GUEST, devices);
        Path file = dir.resolve("thirty-device-host.xml");
        Files.writeString(file, xml);
        return "test://" + file.toAbsolutePath();
    }
}
