package dev.summit.connectors.host;

/** The hypervisors Summit manages, with their libvirt URI scheme. */
public enum Hypervisor {
    QEMU("qemu", "QEMU/KVM"),
    XEN("xen", "Xen");

    private final String scheme;
    private final String label;

    Hypervisor(String scheme, String label) {
        this.scheme = scheme;
        this.label = label;
    }

    public String scheme() {
        return scheme;
    }

    public String label() {
        return label;
    }
}
