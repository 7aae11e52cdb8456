package dev.summit.connectors.xml;

import java.util.Objects;

/**
 * Everything chosen for a new KVM/QEMU guest, as the wizard or {@code summit create} decided it.
 *
 * @param osId osinfo id recorded in the metadata (null for none)
 */
public record GuestSpec(String name, String osId, GuestSize size, Emulation emulation, GuestMedia media, GuestNic nic,
                        DisplayListen display) {
    public GuestSpec {
        // A null size, emulation, media or nic fails at once in the builder; these two would pass unseen.
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(display, "display");
    }

    public DiskBus diskBus() {
        return emulation.virtio() ? DiskBus.VIRTIO : DiskBus.SATA;
    }

    /** q35 has no IDE; i440fx has no SATA controller unless one is added, and its IDE is what old installers know. */
    public DiskBus cdromBus() {
        return emulation.machine() == Machine.Q35 ? DiskBus.SATA : DiskBus.IDE;
    }

    public GuestSpec withEmulator(String path) {
        return new GuestSpec(name, osId, size, emulation.withEmulator(path), media, nic, display);
    }

    public GuestSpec withDiskPath(String path) {
        return new GuestSpec(name, osId, size, emulation, media.withDiskPath(path), nic, display);
    }

    public GuestSpec bootingFromNetwork() {
        return new GuestSpec(name, osId, size, emulation, media, new GuestNic(nic.choice(), nic.mac(), true), display);
    }
}
