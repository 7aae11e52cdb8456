package dev.summit.connectors.network;

/**
 * An IPv4 subnet as a user types it, "10.252.1.0/24" or "10.252.1.1/24": the network and the
 * address the host's bridge takes in it (the one typed when it is a host address, else the first).
 *
 * @param network the network address as a 32-bit number
 * @param prefix  1–30: a smaller network has no room for the bridge and a guest
 * @param gateway the bridge's own address
 */
public record Ipv4Subnet(int network, int prefix, int gateway) {
    public static Ipv4Subnet parse(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 subnet: write it as address/prefix, such as 10.252.1.0/24.");
        }
        int address = address(text.substring(0, slash), text);
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no prefix length after the '/': write 10.252.1.0/24.");
        }
        if (prefix < 1 || prefix > 30) {
            throw new IllegalArgumentException("The prefix length of '" + text + "' must be 1 to 30: a /" + prefix
                    + " network has no room for the host's bridge and a guest.");
        }
        int mask = mask(prefix);
        int network = address & mask;
        int broadcast = network | ~mask;
        int gateway = address == network ? network + 1 : address;
        if (gateway == broadcast) {
            throw new IllegalArgumentException("'" + text + "' names the broadcast address; the host's bridge needs a host address.");
        }
        return new Ipv4Subnet(network, prefix, gateway);
    }

    /** A dotted IPv4 address as a number; {@code whole} is what the user typed, for the message. */
    static int address(String dotted, String whole) {
        String[] parts = dotted.strip().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + whole + "' is not an IPv4 address: it needs four numbers 0–255 joined by dots.");
        }
        int value = 0;
        for (String part : parts) {
            int octet;
            try {
                octet = part.isEmpty() || part.length() > 3 ? -1 : Integer.parseInt(part);
            } catch (NumberFormatException e) {
                octet = -1;
            }
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("'" + whole + "' is not an IPv4 address: '" + part + "' is not a number 0–255.");
            }
            value = value << 8 | octet;
        }
        return value;
    }

    static String dotted(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    public int broadcast() {
        return network | ~mask(prefix);
    }

    public boolean contains(int address) {
        return (address & mask(prefix)) == network;
    }

    /** Whether the two share any address: one contains the other's network. */
    public boolean overlaps(Ipv4Subnet other) {
        return contains(other.network) || other.contains(network);
    }

    /** "10.252.1.0/24". */
    public String cidr() {
        return dotted(network) + "/" + prefix;
    }

    public String gatewayAddress() {
        return dotted(gateway);
    }

    /** The range a new network's dialog offers: the host addresses above the bridge's, to the end. */
    public DhcpRange suggestedRange() {
        int first = gateway + 1 == broadcast() ? network + 1 : gateway + 1;
        return new DhcpRange(first, broadcast() - 1);
    }

    @Override
    public String toString() {
        return cidr();
    }
}
