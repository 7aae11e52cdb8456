package dev.summit.connectors.details;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * What a guest's Details pages offer to choose from on its host: the host's CPUs (the pinning
 * grid), its running pools (a new disk's home), its ISO volumes (the CD/DVD drive) and networks
 * (a new NIC). Read once when the window's pages first need it.
 *
 * @param cpus       host CPUs libvirt counts (NodeInfo), 0..cpus-1 are pinnable
 * @param pools      names of active storage pools
 * @param isoVolumes paths of the ISO volumes the pools hold
 * @param networks   names of the host's virtual networks, sorted
 */
public record HostHardware(int cpus, List<String> pools, List<String> isoVolumes, List<String> networks) {
    public static final HostHardware UNKNOWN = new HostHardware(0, List.of(), List.of(), List.of());

    public static CompletableFuture<HostHardware> read(HostSession host) {
        return host.submit("inspect", "", HostHardware::read);
    }

    private static HostHardware read(Connect conn) throws LibvirtException {
        List<String> pools = StoragePools.pools(conn).stream().filter(PoolSummary::active).map(PoolSummary::name).toList();
        List<String> isos = StoragePools.isoVolumes(conn).stream().map(v -> v.path()).toList();
        List<String> networks = new ArrayList<>(List.of(conn.listNetworks()));
        networks.addAll(List.of(conn.listDefinedNetworks()));
        networks.sort(String::compareTo);
        return new HostHardware(conn.nodeInfo().cpus, pools, isos, List.copyOf(networks));
    }
}
