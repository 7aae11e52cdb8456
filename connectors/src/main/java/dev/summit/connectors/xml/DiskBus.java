package dev.summit.connectors.xml;

/** How the guest sees its disk: virtio when the OS has the driver, else SATA (or IDE on i440fx CD-ROMs). */
public enum DiskBus {
    VIRTIO("virtio", "vd"),
    SATA("sata", "sd"),
    IDE("ide", "hd");

    private final String libvirtName;
    private final String prefix;

    DiskBus(String libvirtName, String prefix) {
        this.libvirtName = libvirtName;
        this.prefix = prefix;
    }

    public String libvirtName() {
        return libvirtName;
    }

    /** The guest-side device name of the {@code index}th disk on this bus: vda, sdb… */
    public String target(int index) {
        return prefix + (char) ('a' + index);
    }
}
