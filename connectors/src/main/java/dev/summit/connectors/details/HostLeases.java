package dev.summit.connectors.details;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.jna.DhcpLeases;
import dev.summit.connectors.jna.DhcpLeases.Lease;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * The first IPv4 address of each running guest of one host, from its libvirt networks' DHCP leases:
 * one call per network, however many guests. A guest's MACs are read from its definition once and
 * kept by UUID until it stops, so a refresh costs no call per guest. One instance per host.
 */
public final class HostLeases {
    private static final Logger LOG = LoggerFactory.getLogger(HostLeases.class);

    private final HostSession host;
    /** Written and read on the host's worker only; concurrent so a stray reader never corrupts it. */
    private final Map<String, List<String>> macsByGuest = new ConcurrentHashMap<>();

    public HostLeases(HostSession host) {
        this.host = host;
    }

    /** UUID → first leased IPv4 address, for the running guests that have one; read on the host's worker. */
    public CompletableFuture<Map<String, String>> firstIpv4ByGuest() {
        return host.submit("read the DHCP leases of", host.uri(), this::read);
    }

    private Map<String, String> read(Connect conn) throws LibvirtException {
        Map<String, String> byMac = leasesByMac(conn);
        Map<String, GuestSummary> guests = host.inventory().guests();
        Set<String> running = new java.util.HashSet<>();
        Map<String, String> byGuest = new HashMap<>();
        for (GuestSummary guest : guests.values()) {
            if (!guest.state().isActive()) {
                continue;
            }
            running.add(guest.uuid());
            for (String mac : macs(conn, guest.uuid())) {
                String address = byMac.get(mac);
                if (address != null) {
                    byGuest.put(guest.uuid(), address);
                    break;
                }
            }
        }
        // A stopped guest may come back with other NICs: forget it, read it again when it runs.
        macsByGuest.keySet().retainAll(running);
        return byGuest;
    }

    /** MAC (lower case) → first IPv4 address leased to it, over every active network of the host. */
    public static Map<String, String> leasesByMac(Connect conn) throws LibvirtException {
        Map<String, String> byMac = new HashMap<>();
        for (String network : conn.listNetworks()) {
            try {
                for (Lease lease : DhcpLeases.of(conn, network)) {
                    if (lease.ipv4() && !lease.mac().isEmpty()) {
                        byMac.putIfAbsent(lease.mac(), lease.address());
                    }
                }
            } catch (LibvirtException e) {
                // A network without DHCP (or a driver without leases) costs the others nothing.
                LOG.debug("No DHCP leases from network {}: {}", network, LibvirtFailure.reason(e));
            }
        }
        return byMac;
    }

    private List<String> macs(Connect conn, String uuid) {
        List<String> known = macsByGuest.get(uuid);
        if (known != null) {
            return known;
        }
        List<String> read;
        try {
            Definition live = Definition.parse(conn.domainLookupByUUIDString(uuid).getXMLDesc(0));
            read = Definition.children(live.devices(), "interface").stream()
                    .map(nic -> Definition.child(nic, "mac"))
                    .filter(java.util.Objects::nonNull)
                    .map((Element mac) -> Definition.attribute(mac, "address"))
                    .filter(java.util.Objects::nonNull)
                    .map(mac -> mac.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (LibvirtException e) {
            // Gone between the inventory's snapshot and now: nothing to show, try again next time.
            return List.of();
        }
        macsByGuest.put(uuid, read);
        return read;
    }
}
