package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.storage.NewDiskPools;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.templates.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.NodeInfo;

/**
 * What the new-guest wizard's pages need to know about the host, asked once when the wizard opens
 * so that no page has to wait on libvirt while the user types. Here, not in the app, because only
 * connectors talks to libvirt.
 */
public record HostFacts(long memoryMiB, int cpus, Storage storage, List<String> networks, Set<String> guestNames,
                        HostPlatform platform, List<Templates.Named> templates) {

    /**
     * The host's storage as the wizard offers it.
     *
     * @param newDiskPools the pools a new disk may go in, "default" first
     * @param isoVolumePaths install media already on the host
     */
    public record Storage(List<PoolSummary> pools, List<PoolSummary> newDiskPools, List<String> isoVolumePaths) {
    }

    public List<PoolSummary> pools() {
        return storage.pools();
    }

    public List<PoolSummary> newDiskPools() {
        return storage.newDiskPools();
    }

    public List<String> isoVolumePaths() {
        return storage.isoVolumePaths();
    }

    public static CompletableFuture<HostFacts> load(HostSession session) {
        return session.submit("inspect", "", HostFacts::read);
    }

    private static HostFacts read(Connect conn) throws org.libvirt.LibvirtException {
        NodeInfo node = conn.nodeInfo();
        List<String> networks = new ArrayList<>(List.of(conn.listNetworks()));
        networks.sort(String::compareTo);
        Set<String> names = new java.util.HashSet<>(List.of(conn.listDefinedDomains()));
        for (int id : conn.listDomains()) {
            names.add(conn.domainLookupByID(id).getName());
        }
        List<PoolSummary> pools = StoragePools.pools(conn);
        List<String> isos = StoragePools.isoVolumes(conn).stream().map(v -> v.path()).toList();
        return new HostFacts(node.memory / 1024, node.cpus, new Storage(pools, newDiskPools(conn, pools), List.copyOf(isos)),
                networks, Set.copyOf(names), platform(conn), Templates.named(conn));
    }

    /**
     * Running pools a new disk may go in (never one of only install media or a system directory),
     * with "default" first — planned, when the host has none yet, and made when the guest is.
     */
    private static List<PoolSummary> newDiskPools(Connect conn, List<PoolSummary> pools) throws org.libvirt.LibvirtException {
        List<PoolSummary> fit = new ArrayList<>();
        if (!DefaultPool.exists(conn)) {
            fit.add(PoolSummary.planned(DefaultPool.NAME, DefaultPool.directoryFor(conn)));
        }
        for (PoolSummary pool : pools) {
            if (pool.active() && NewDiskPools.unsuitable(pool, StoragePools.volumes(conn, pool.name())).isEmpty()) {
                fit.add(pool);
            }
        }
        fit.sort(java.util.Comparator.comparing((PoolSummary p) -> !p.name().equals(DefaultPool.NAME)));
        return List.copyOf(fit);
    }

    /** The test driver answers no capabilities question a new guest needs; it is then taken to offer BIOS only. */
    private static HostPlatform platform(Connect conn) {
        try {
            return HostPlatform.of(conn);
        } catch (org.libvirt.LibvirtException e) {
            return HostPlatform.BIOS_ONLY;
        }
    }
}
