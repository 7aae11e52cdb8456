package dev.summit.connectors.network;

/** The addresses a network's DHCP server hands out, first to last inclusive, as 32-bit numbers. */
public record DhcpRange(int first, int last) {
    /** "10.252.1.100-10.252.1.199". */
    public static DhcpRange parse(String text) {
        String range = text == null ? "" : text.strip();
        int dash = range.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("'" + range + "' is not a DHCP range: write FIRST-LAST, such as 10.252.1.100-10.252.1.199.");
        }
        String first = range.substring(0, dash).strip();
        String last = range.substring(dash + 1).strip();
        return new DhcpRange(Ipv4Subnet.address(first, first), Ipv4Subnet.address(last, last));
    }

    /** Why this range does not fit {@code subnet}, or null when it does. */
    public String problemIn(Ipv4Subnet subnet) {
        if (Integer.compareUnsigned(first, last) > 0) {
            return "The DHCP range " + this + " ends before it starts.";
        }
        if (!subnet.contains(first) || !subnet.contains(last)) {
            return "The DHCP range " + this + " is outside the subnet " + subnet.cidr() + ".";
        }
        if (first == subnet.network() || last == subnet.broadcast()) {
            return "The DHCP range " + this + " includes the network or broadcast address of " + subnet.cidr() + ".";
        }
        if (Integer.compareUnsigned(first, subnet.gateway()) <= 0 && Integer.compareUnsigned(subnet.gateway(), last) <= 0) {
            return "The DHCP range " + this + " includes the host's own address " + subnet.gatewayAddress() + ".";
        }
        return null;
    }

    public String firstAddress() {
        return Ipv4Subnet.dotted(first);
    }

    public String lastAddress() {
        return Ipv4Subnet.dotted(last);
    }

    @Override
    public String toString() {
        return firstAddress() + "-" + lastAddress();
    }
}
