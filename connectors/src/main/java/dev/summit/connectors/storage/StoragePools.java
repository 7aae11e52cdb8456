package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.jna.PoolVolumeXml;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StoragePoolInfo;
import org.libvirt.StorageVol;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The storage a new guest needs: pools and their free space, volumes, a directory pool, a new
 * qcow2 volume, and deleting a volume no guest uses. The {@code HostSession} methods queue on the
 * host's worker; the {@code Connect} ones are for operations already running there.
 */
public final class StoragePools {
    private StoragePools() {
    }

    public static CompletableFuture<List<PoolSummary>> list(HostSession host) {
        return host.submit("list the storage pools of", host.uri(), StoragePools::pools);
    }

    public static CompletableFuture<List<VolumeSummary>> volumes(HostSession host, String pool) {
        return host.submit("list the volumes of pool", pool, conn -> volumes(conn, pool));
    }

    /** Defines, builds (makes the directory), starts and autostarts a pool over {@code directory}. */
    public static CompletableFuture<PoolSummary> createDirectoryPool(HostSession host, String name, String directory) {
        return host.submit("create pool", name, conn -> summary(createDirectoryPool(conn, name, directory)));
    }

    /** The same on the calling thread; a pool that cannot be built or started is undefined again. */
    static StoragePool createDirectoryPool(Connect conn, String name, String directory) throws LibvirtException {
        XmlTree xml = XmlTree.withRoot("pool");
        xml.root().setAttribute("type", "dir");
        xml.addText(xml.root(), "name", name);
        xml.addText(xml.add(xml.root(), "target"), "path", directory);
        StoragePool pool = conn.storagePoolDefineXML(xml.serialize(), 0);
        try {
            pool.build(0);
            pool.create(0);
            pool.setAutostart(1);
        } catch (LibvirtException e) {
            pool.undefine();
            throw e;
        }
        return pool;
    }

    public static CompletableFuture<List<VolumeSummary>> refresh(HostSession host, String pool) {
        return host.submit("refresh pool", pool, conn -> {
            conn.storagePoolLookupByName(pool).refresh(0);
            return volumes(conn, pool);
        });
    }

    public static CompletableFuture<VolumeSummary> createQcow2(HostSession host, String pool, String name, long bytes) {
        return host.submit("create volume", name, conn -> createQcow2(conn, pool, name, bytes));
    }

    /** Refuses a volume any guest uses, naming the guests: see {@link DeleteVolume}. */
    public static CompletableFuture<Void> deleteVolume(HostSession host, String pool, String name) {
        return DeleteVolume.run(host, pool, name);
    }

    public static List<PoolSummary> pools(Connect conn) throws LibvirtException {
        List<String> names = new ArrayList<>(List.of(conn.listStoragePools()));
        names.addAll(List.of(conn.listDefinedStoragePools()));
        List<PoolSummary> pools = new ArrayList<>();
        for (String name : names) {
            pools.add(summary(conn.storagePoolLookupByName(name)));
        }
        pools.sort(Comparator.comparing(PoolSummary::name));
        return pools;
    }

    public static PoolSummary pool(Connect conn, String name) throws LibvirtException {
        return summary(conn.storagePoolLookupByName(name));
    }

    /** One round trip per volume (its XML), through our own binding: see {@link PoolVolumeXml}. */
    public static List<VolumeSummary> volumes(Connect conn, String poolName) throws LibvirtException {
        List<VolumeSummary> volumes = new ArrayList<>();
        for (String xml : PoolVolumeXml.fetch(conn, poolName)) {
            volumes.add(VolumeXmlReader.read(poolName, xml));
        }
        volumes.sort(Comparator.comparing(VolumeSummary::name));
        return volumes;
    }

    /** A sparse qcow2 volume: allocation starts near zero and grows as the guest writes. */
    public static VolumeSummary createQcow2(Connect conn, String poolName, String name, long bytes) throws LibvirtException {
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", name);
        xml.addText(xml.root(), "capacity", Long.toString(bytes), "unit", "bytes");
        xml.addText(xml.root(), "allocation", "0", "unit", "bytes");
        VolumeFormat.addTo(xml, xml.add(xml.root(), "target"), "qcow2");
        StorageVol volume = conn.storagePoolLookupByName(poolName).storageVolCreateXML(xml.serialize(), 0);
        return summary(poolName, volume);
    }

    /** The ISO images in the host's running pools (by name: *.iso), for the ISO library and the wizard. */
    public static List<VolumeSummary> isoVolumes(Connect conn) throws LibvirtException {
        List<VolumeSummary> isos = new ArrayList<>();
        for (PoolSummary pool : pools(conn)) {
            if (pool.active()) {
                volumes(conn, pool.name()).stream()
                        .filter(v -> v.name().toLowerCase(java.util.Locale.ROOT).endsWith(".iso")).forEach(isos::add);
            }
        }
        return isos;
    }

    public static CompletableFuture<List<VolumeSummary>> isoVolumes(HostSession host) {
        return host.submit("list the ISO images of", host.uri(), StoragePools::isoVolumes);
    }

    /**
     * A pool's volumes with the guests using each as a disk, read in one pass over the guests'
     * definitions rather than once per volume. Not rescanned: {@link RefreshPool} does that when asked.
     */
    public static CompletableFuture<java.util.Map<VolumeSummary, List<String>>> volumesWithUsers(HostSession host, String pool) {
        return host.submit("list the volumes of pool", pool, conn -> {
            VolumeUsers users = VolumeUsers.read(conn);
            java.util.Map<VolumeSummary, List<String>> result = new java.util.LinkedHashMap<>();
            for (VolumeSummary volume : volumes(conn, pool)) {
                result.put(volume, users.disksOf(volume));
            }
            return result;
        });
    }

    static PoolSummary summary(StoragePool pool) throws LibvirtException {
        StoragePoolInfo info = pool.getInfo();
        Element root = XmlTree.parse(pool.getXMLDesc(0)).getDocumentElement();
        boolean persistent = pool.isPersistent() == 1;
        return new PoolSummary(pool.getName(), root.getAttribute("type"), pool.isActive() == 1,
                new PoolSpace(info.capacity, info.allocation, info.available), firstText(root, "path"), persistent && pool.getAutostart(),
                PoolSources.describe(root));
    }

    private static VolumeSummary summary(String pool, StorageVol volume) throws LibvirtException {
        return VolumeXmlReader.read(pool, volume.getXMLDesc(0));
    }

    private static String firstText(Element root, String tag) {
        NodeList found = root.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }
}
