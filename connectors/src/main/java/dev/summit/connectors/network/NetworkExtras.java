package dev.summit.connectors.network;

/**
 * The settings of a new network most people leave alone; each null means "not set".
 *
 * @param forwardDevice null: any interface the host routes through
 * @param domain        null: no DNS domain
 * @param ipv6          null: IPv4 only
 * @param bridge        null: libvirt picks the next free virbrN
 */
public record NetworkExtras(String forwardDevice, String domain, Ipv6Subnet ipv6, String bridge) {
    public static final NetworkExtras NONE = new NetworkExtras(null, null, null, null);
}
