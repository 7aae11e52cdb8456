package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
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
import org.libvirt.StorageVolInfo;
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

    /** Refuses a volume any guest's definition uses, naming the guests. */
    public static CompletableFuture<Void> deleteVolume(HostSession host, String pool, String name) {
        return host.submit("delete volume", name, conn -> {
            StorageVol volume = conn.storagePoolLookupByName(pool).storageVolLookupByName(name);
            List<String> users = usersOf(conn, pool, name, volume.getPath());
            if (!users.isEmpty()) {
                throw new HostOperationException("Could not delete '" + name + "': it is a disk of "
                        + (users.size() == 1 ? "guest '" : "guests '") + String.join("', '", users) + "'.");
            }
            volume.delete(0);
            return null;
        });
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

    public static List<VolumeSummary> volumes(Connect conn, String poolName) throws LibvirtException {
        StoragePool pool = conn.storagePoolLookupByName(poolName);
        List<VolumeSummary> volumes = new ArrayList<>();
        for (String name : pool.listVolumes()) {
            volumes.add(summary(poolName, pool.storageVolLookupByName(name)));
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
     * A pool's volumes, rescanned first, with the guests using each (path → guest names), read in
     * one pass over the guests' definitions rather than once per volume.
     */
    public static CompletableFuture<java.util.Map<VolumeSummary, List<String>>> volumesWithUsers(HostSession host, String pool) {
        return host.submit("list the volumes of pool", pool, conn -> {
            conn.storagePoolLookupByName(pool).refresh(0);
            java.util.Map<String, List<String>> byPath = new java.util.HashMap<>();
            for (Domain domain : conn.listAllDomains(0)) {
                for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
                    if (disk.source() != null) {
                        byPath.computeIfAbsent(disk.source(), k -> new ArrayList<>()).add(domain.getName());
                    }
                }
            }
            java.util.Map<VolumeSummary, List<String>> result = new java.util.LinkedHashMap<>();
            for (VolumeSummary volume : volumes(conn, pool)) {
                List<String> users = new ArrayList<>(byPath.getOrDefault(volume.path(), List.of()));
                users.addAll(byPath.getOrDefault(pool + "/" + volume.name(), List.of()));
                result.put(volume, users.stream().distinct().sorted().toList());
            }
            return result;
        });
    }

    /** Names of the guests whose disks are this volume, by path or as pool/volume. */
    public static List<String> usersOf(Connect conn, String pool, String volume, String path) throws LibvirtException {
        List<String> users = new ArrayList<>();
        for (Domain domain : conn.listAllDomains(0)) {
            for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
                if (path.equals(disk.source()) || (pool + "/" + volume).equals(disk.source())) {
                    users.add(domain.getName());
                    break;
                }
            }
        }
        users.sort(String::compareTo);
        return users;
    }

    private static PoolSummary summary(StoragePool pool) throws LibvirtException {
        StoragePoolInfo info = pool.getInfo();
        Element root = XmlTree.parse(pool.getXMLDesc(0)).getDocumentElement();
        return new PoolSummary(pool.getName(), root.getAttribute("type"), pool.isActive() == 1, info.capacity,
                info.allocation, info.available, firstText(root, "path"));
    }

    private static VolumeSummary summary(String pool, StorageVol volume) throws LibvirtException {
        StorageVolInfo info = volume.getInfo();
        Element root = XmlTree.parse(volume.getXMLDesc(0)).getDocumentElement();
        NodeList formats = root.getElementsByTagName("format");
        String format = formats.getLength() == 0 ? "" : ((Element) formats.item(0)).getAttribute("type");
        return new VolumeSummary(pool, volume.getName(), volume.getPath(), format, info.capacity, info.allocation);
    }

    private static String firstText(Element root, String tag) {
        NodeList found = root.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }
}
