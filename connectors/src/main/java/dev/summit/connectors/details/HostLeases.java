package dev.summit.connectors.details;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.jna.DhcpLeases;
import dev.summit.connectors.jna.DhcpLeases.Lease;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    private static final int BATCH = 50;

    private final HostSession host;
    /** Written on the host's worker, read where each pass completes: concurrent for that. */
    private final Map<String, List<String>> macsByGuest = new ConcurrentHashMap<>();
    private CompletableFuture<Map<String, String>> inFlight;

    public HostLeases(HostSession host) {
        this.host = host;
    }

    /**
     * UUID → first leased IPv4 address, for the running guests that have one; read on the host's
     * worker. Asked again before a slow pass is done, it answers with that same pass.
     */
    public synchronized CompletableFuture<Map<String, String>> firstIpv4ByGuest() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = host.submit("read the DHCP leases of", host.uri(), HostLeases::leasesByMac)
                    .thenCompose(byMac -> readNewMacs(running(), 0).thenApply(done -> match(byMac)));
        }
        return inFlight;
    }

    private List<String> running() {
        List<String> running = new ArrayList<>();
        for (GuestSummary guest : host.inventory().guests().values()) {
            if (guest.state().isActive()) {
                running.add(guest.uuid());
            }
        }
        // A stopped guest may come back with other NICs: forget it, read it again when it runs.
        macsByGuest.keySet().retainAll(running);
        return running;
    }

    /**
     * The MACs of guests not read yet, a batch per turn of the worker: the first pass over a
     * thousand guests lets the host's other work run between batches instead of waiting behind it.
     */
    private CompletableFuture<Void> readNewMacs(List<String> running, int from) {
        List<String> missing = running.stream().skip(from).filter(uuid -> !macsByGuest.containsKey(uuid)).toList();
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> batch = missing.subList(0, Math.min(BATCH, missing.size()));
        int next = running.indexOf(batch.get(batch.size() - 1)) + 1;
        return host.submit("read the network interfaces of", host.uri(), conn -> {
            batch.forEach(uuid -> readMacs(conn, uuid));
            return null;
        }).thenCompose(done -> readNewMacs(running, next));
    }

    private Map<String, String> match(Map<String, String> byMac) {
        Map<String, String> byGuest = new HashMap<>();
        macsByGuest.forEach((uuid, macs) -> macs.stream().map(byMac::get).filter(Objects::nonNull).findFirst()
                .ifPresent(address -> byGuest.put(uuid, address)));
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

    private void readMacs(Connect conn, String uuid) {
        try {
            Definition live = Definition.parse(conn.domainLookupByUUIDString(uuid).getXMLDesc(0));
            macsByGuest.put(uuid, Definition.children(live.devices(), "interface").stream()
                    .map(nic -> Definition.child(nic, "mac"))
                    .filter(Objects::nonNull)
                    .map((Element mac) -> Definition.attribute(mac, "address"))
                    .filter(Objects::nonNull)
                    .map(mac -> mac.toLowerCase(Locale.ROOT))
                    .toList());
        } catch (LibvirtException e) {
            // Gone between the inventory's snapshot and now: nothing to show, tried again next pass.
            LOG.debug("No interfaces read for {}: {}", uuid, LibvirtFailure.reason(e));
        }
    }
}
