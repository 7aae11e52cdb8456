package dev.summit.connectors.details;

import java.util.Objects;

/**
 * One IP address of a guest.
 *
 * @param mac       the MAC of the guest's interface it belongs to ("" when libvirt gave none)
 * @param address   IPv4 or IPv6 text, e.g. "192.168.122.57"
 * @param prefix    the network prefix length, e.g. 24
 * @param source    where libvirt learnt it
 */
public record GuestAddress(String mac, String address, int prefix, AddressSource source) {
    public GuestAddress {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
    }

    public boolean isIpv4() {
        return address.indexOf(':') < 0;
    }

    /** "192.168.122.57/24". */
    public String withPrefix() {
        return address + "/" + prefix;
    }
}
