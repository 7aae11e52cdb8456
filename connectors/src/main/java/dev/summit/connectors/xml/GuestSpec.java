package dev.summit.connectors.xml;

import java.util.Objects;

/**
 * Everything chosen for a new KVM/QEMU guest, as the wizard or {@code summit create} decided it.
 *
 * @param osId      osinfo id recorded in the metadata (null for none)
 * @param virtType  "kvm", or "qemu" where there is no KVM
 * @param diskPath  the new or existing disk image (null for a diskless guest)
 * @param isoPath   install media (null for none)
 * @param mac       the network card's address (see {@link MacAddresses})
 * @param virtio    the OS has virtio drivers: disk, network card and video use them, else SATA, e1000 and VGA
 * @param emulator  the QEMU binary, or null for the host's default
 * @param networkBoot the network card boots first (PXE), then the disk
 */
public record GuestSpec(String name, String osId, String virtType, long memoryMiB, int vcpus, Machine machine,
                        Firmware firmware, String diskPath, String diskFormat, String isoPath, NicChoice nic,
                        String mac, boolean virtio, DisplayListen display, String emulator, boolean networkBoot) {
    /** A guest that boots its disk, then its install media. */
    public GuestSpec(String name, String osId, String virtType, long memoryMiB, int vcpus, Machine machine,
                     Firmware firmware, String diskPath, String diskFormat, String isoPath, NicChoice nic,
                     String mac, boolean virtio, DisplayListen display, String emulator) {
        this(name, osId, virtType, memoryMiB, vcpus, machine, firmware, diskPath, diskFormat, isoPath, nic, mac, virtio,
                display, emulator, false);
    }

    public GuestSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(virtType, "virtType");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(nic, "nic");
        Objects.requireNonNull(display, "display");
    }

    public DiskBus diskBus() {
        return virtio ? DiskBus.VIRTIO : DiskBus.SATA;
    }

    /** q35 has no IDE; i440fx has no SATA controller unless one is added, and its IDE is what old installers know. */
    public DiskBus cdromBus() {
        return machine == Machine.Q35 ? DiskBus.SATA : DiskBus.IDE;
    }

    public GuestSpec withEmulator(String path) {
        return new GuestSpec(name, osId, virtType, memoryMiB, vcpus, machine, firmware, diskPath, diskFormat, isoPath,
                nic, mac, virtio, display, path, networkBoot);
    }

    public GuestSpec withDiskPath(String path) {
        return new GuestSpec(name, osId, virtType, memoryMiB, vcpus, machine, firmware, path, diskFormat, isoPath,
                nic, mac, virtio, display, emulator, networkBoot);
    }

    public GuestSpec bootingFromNetwork() {
        return new GuestSpec(name, osId, virtType, memoryMiB, vcpus, machine, firmware, diskPath, diskFormat, isoPath,
                nic, mac, virtio, display, emulator, true);
    }
}
