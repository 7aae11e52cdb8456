package dev.summit.connectors.network;

/**
 * A new virtual network as the dialog or {@code summit net create} asks for it, already parsed:
 * what the text could not be is refused before a request exists.
 *
 * @param dhcp          null: no DHCP server
 * @param forwardDevice null: any interface the host routes through
 * @param domain        null: no DNS domain
 * @param ipv6          null: IPv4 only
 * @param bridge        null: libvirt picks the next free virbrN
 */
public record NetworkRequest(String name, NetworkMode mode, Ipv4Subnet ipv4, DhcpRange dhcp, String forwardDevice,
                             String domain, Ipv6Subnet ipv6, String bridge, boolean autostart) {
    /** A NAT network with DHCP over the rest of the subnet: what the dialog starts from. */
    public static NetworkRequest nat(String name, Ipv4Subnet ipv4) {
        return new NetworkRequest(name, NetworkMode.NAT, ipv4, ipv4.suggestedRange(), null, null, null, null, false);
    }
}
