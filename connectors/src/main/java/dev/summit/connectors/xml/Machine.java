package dev.summit.connectors.xml;

/** The x86 machine type: q35 (PCIe, SATA, what new guests should get) or the older i440fx for old OSes. */
public enum Machine {
    Q35("q35"),
    I440FX("pc");

    private final String libvirtName;

    Machine(String libvirtName) {
        this.libvirtName = libvirtName;
    }

    public String libvirtName() {
        return libvirtName;
    }
}
