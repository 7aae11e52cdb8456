package dev.summit.connectors.details;

/**
 * Where libvirt learnt a guest's IP address ({@code virDomainInterfaceAddressesSource}), in the
 * order Summit asks: each has blind spots, so a user is told which one answered.
 */
public enum AddressSource {
    /** The DHCP leases of a libvirt-managed network: only guests on such a network. */
    LEASE(0, "DHCP lease"),
    /** The QEMU guest agent inside the guest: every interface, but only while the agent runs. */
    AGENT(1, "guest agent"),
    /** The host's ARP table: any network, once the guest has sent traffic the host saw. */
    ARP(2, "ARP table");

    private final int libvirtValue;
    private final String label;

    AddressSource(int libvirtValue, String label) {
        this.libvirtValue = libvirtValue;
        this.label = label;
    }

    public int libvirtValue() {
        return libvirtValue;
    }

    public String label() {
        return label;
    }
}
