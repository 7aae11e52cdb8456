package dev.summit.connectors.network;

import java.util.List;

/**
 * One network interface of the host as libvirt's interface driver reports it, read-only.
 *
 * @param type      "ethernet", "bridge", "bond", "vlan"…
 * @param mtu       0 when not reported
 * @param addresses "192.168.0.5/24" and the like, where the driver reports them
 * @param ports     a bridge's member interfaces
 */
public record HostInterface(String name, String type, boolean active, String mac, int mtu, String linkState,
                            List<String> addresses, List<String> ports) {
    public boolean bridge() {
        return "bridge".equals(type);
    }
}
