package dev.summit.connectors.xml;

import java.util.Objects;

/**
 * How QEMU presents a new KVM/QEMU guest's machine.
 *
 * @param virtType "kvm", or "qemu" where there is no KVM
 * @param emulator the QEMU binary, or null for the host's default
 * @param virtio   the OS has virtio drivers: disk, network card and video use them, else SATA, e1000 and VGA
 */
public record Emulation(String virtType, Machine machine, Firmware firmware, String emulator, boolean virtio) {
    public Emulation {
        Objects.requireNonNull(virtType, "virtType");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(firmware, "firmware");
    }

    public Emulation withEmulator(String path) {
        return new Emulation(virtType, machine, firmware, path, virtio);
    }
}
