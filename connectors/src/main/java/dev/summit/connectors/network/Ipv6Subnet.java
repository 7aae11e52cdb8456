package dev.summit.connectors.network;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv6 subnet, "fd00:252:1::/64": the host's bridge takes the first address in it (or the one
 * typed, when it is not the network's own). No DHCPv6: guests configure themselves from the router
 * advertisements libvirt's dnsmasq sends.
 */
public record Ipv6Subnet(BigInteger network, int prefix, BigInteger gateway) {
    private static final BigInteger ALL = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    public static Ipv6Subnet parse(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (slash < 0 || !address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 subnet: write it as address/prefix, such as fd00:252:1::/64.");
        }
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 8 || prefix > 126) {
            throw new IllegalArgumentException("The prefix length of '" + text + "' must be 8 to 126 (64 is usual).");
        }
        BigInteger value;
        try {
            value = new BigInteger(1, InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address.");
        }
        BigInteger mask = ALL.shiftRight(128 - prefix).shiftLeft(128 - prefix);
        BigInteger network = value.and(mask);
        return new Ipv6Subnet(network, prefix, value.equals(network) ? network.add(BigInteger.ONE) : value);
    }

    public boolean overlaps(Ipv6Subnet other) {
        int shorter = Math.min(prefix, other.prefix);
        return network.shiftRight(128 - shorter).equals(other.network.shiftRight(128 - shorter));
    }

    public String gatewayAddress() {
        return text(gateway);
    }

    public String cidr() {
        return text(network) + "/" + prefix;
    }

    private static String text(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[16];
        int copy = Math.min(16, raw.length);
        System.arraycopy(raw, raw.length - copy, bytes, 16 - copy, copy);
        try {
            // Java writes every group; one run of zero groups shortened reads as people write it.
            return InetAddress.getByAddress(bytes).getHostAddress().replaceFirst("(^|:)0(:0)+(:|$)", "::");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return cidr();
    }
}
