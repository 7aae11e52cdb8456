package dev.summit.connectors.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** The DHCP leases a libvirt network's dnsmasq handed out ({@code virNetworkGetDHCPLeases}), one call per network. */
public final class DhcpLeases {
    /** virIPAddrType VIR_IP_ADDR_TYPE_IPV4. */
    private static final int IPV4 = 0;

    private DhcpLeases() {
    }

    /**
     * One lease.
     *
     * @param mac     the client's MAC, lower case ("" for a DHCPv6 client that gave none)
     * @param address the leased address, e.g. "192.168.122.57"
     * @param prefix  the network's prefix length
     * @param ipv4    whether {@code address} is IPv4
     * @param hostname the name the client asked for, "" when none
     * @param expiryEpochSeconds when the lease runs out, 0 for never
     */
    public record Lease(String mac, String address, int prefix, boolean ipv4, String hostname, long expiryEpochSeconds) {
    }

    /** Every lease of the active network {@code network}; call on the thread that owns {@code conn}, a {@link StatsConnect}. */
    public static List<Lease> of(Connect conn, String network) throws LibvirtException {
        Objects.requireNonNull(network, "network");
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("DHCP leases need the connection's native handle (StatsConnect)");
        }
        Pointer net = NetworkLeaseLib.LIB.virNetworkLookupByName(raw.pointer(), network);
        if (net == null) {
            throw NativeErrors.lastError("virNetworkLookupByName");
        }
        try {
            PointerByReference array = new PointerByReference();
            int count = NetworkLeaseLib.LIB.virNetworkGetDHCPLeases(net, null, array, 0);
            if (count < 0) {
                throw NativeErrors.lastError("virNetworkGetDHCPLeases");
            }
            return read(array.getValue(), count);
        } finally {
            NetworkLeaseLib.LIB.virNetworkFree(net);
        }
    }

    /** Copies each virNetworkDHCPLease out by its C layout, then frees it and the array. */
    private static List<Lease> read(Pointer array, int count) {
        List<Lease> leases = new ArrayList<>(count);
        if (array == null) {
            return leases;
        }
        int ptr = Native.POINTER_SIZE;
        // struct { char *iface; long long expirytime (at ptr); int type; char *mac; char *iaid; char *ipaddr;
        //          unsigned int prefix; char *hostname; char *clientid; }, natural alignment.
        long typeAt = ptr + 8L;
        long macAt = align(typeAt + 4, ptr);
        long ipAt = macAt + 2L * ptr;
        long prefixAt = ipAt + ptr;
        long hostnameAt = align(prefixAt + 4, ptr);
        try {
            for (int i = 0; i < count; i++) {
                Pointer lease = array.getPointer((long) i * ptr);
                try {
                    String mac = string(lease.getPointer(macAt));
                    String ip = string(lease.getPointer(ipAt));
                    if (!ip.isEmpty()) {
                        leases.add(new Lease(mac.toLowerCase(java.util.Locale.ROOT), ip, lease.getInt(prefixAt),
                                lease.getInt(typeAt) == IPV4, string(lease.getPointer(hostnameAt)), lease.getLong(ptr)));
                    }
                } finally {
                    NetworkLeaseLib.LIB.virNetworkDHCPLeaseFree(lease);
                }
            }
        } finally {
            Native.free(Pointer.nativeValue(array));
        }
        return leases;
    }

    private static long align(long offset, int to) {
        return (offset + to - 1) / to * to;
    }

    private static String string(Pointer text) {
        return text == null ? "" : text.getString(0);
    }
}
