package dev.summit.connectors.xml;

import java.util.Locale;

/** How the guest sees its disk: virtio when the OS has the driver, else SATA (or IDE on i440fx CD-ROMs). */
public enum DiskBus {
    VIRTIO("virtio", "vd"),
    SATA("sata", "sd"),
    IDE("ide", "hd"),
    /** On a virtio-scsi controller; shares the sd names with SATA. */
    SCSI("scsi", "sd");

    private final String libvirtName;
    private final String prefix;

    DiskBus(String libvirtName, String prefix) {
        this.libvirtName = libvirtName;
        this.prefix = prefix;
    }

    public String libvirtName() {
        return libvirtName;
    }

    /** The first letters of its guest-side names: vd, sd, hd. */
    public String prefix() {
        return prefix;
    }

    /** Whether QEMU can add a disk on this bus to a running guest (not on the IDE and SATA controllers). */
    public boolean hotPluggable() {
        return this == VIRTIO || this == SCSI;
    }

    /** The bus libvirt calls {@code name} ("virtio", "sata"…); fails naming the buses Summit offers. */
    public static DiskBus named(String name) {
        for (DiskBus bus : values()) {
            if (bus.libvirtName.equals(name.toLowerCase(Locale.ROOT))) {
                return bus;
            }
        }
        throw new IllegalArgumentException("unknown disk bus '" + name + "': use virtio, sata, scsi or ide");
    }

    /** The guest-side device name of the {@code index}th disk on this bus: vda, sdb… */
    public String target(int index) {
        return prefix + (char) ('a' + index);
    }
}
