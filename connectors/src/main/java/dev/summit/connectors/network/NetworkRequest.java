package dev.summit.connectors.network;

/**
 * A new virtual network as the dialog or {@code summit net create} asks for it, already parsed:
 * what the text could not be is refused before a request exists.
 *
 * @param dhcp null: no DHCP server
 */
public record NetworkRequest(String name, NetworkMode mode, Ipv4Subnet ipv4, DhcpRange dhcp, NetworkExtras extras,
                             boolean autostart) {
    /** A NAT network with DHCP over the rest of the subnet: what the dialog starts from. */
    public static NetworkRequest nat(String name, Ipv4Subnet ipv4) {
        return new NetworkRequest(name, NetworkMode.NAT, ipv4, ipv4.suggestedRange(), NetworkExtras.NONE, false);
    }

    public String forwardDevice() {
        return extras.forwardDevice();
    }

    public String domain() {
        return extras.domain();
    }

    public Ipv6Subnet ipv6() {
        return extras.ipv6();
    }

    public String bridge() {
        return extras.bridge();
    }
}
