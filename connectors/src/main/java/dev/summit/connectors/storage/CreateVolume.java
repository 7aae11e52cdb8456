package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.w3c.dom.Element;

/**
 * Makes a volume: qcow2 (v3, lazy refcounts) or raw, sparse, optionally an overlay on a backing
 * volume. Everything is checked first (name free, pool running, room, the backing there and no
 * larger than the new volume), so a refusal leaves the pool as it was.
 */
public final class CreateVolume {
    private CreateVolume() {
    }

    public static CompletableFuture<VolumeSummary> run(HostSession host, NewVolume volume) {
        return host.submit("create volume", volume.name(), conn -> create(conn, volume));
    }

    private static VolumeSummary create(Connect conn, NewVolume volume) throws LibvirtException {
        List<String> problems = new ArrayList<>(volume.problems());
        StoragePool pool = conn.storagePoolLookupByName(volume.pool());
        PoolSummary summary = StoragePools.summary(pool);
        StorageVol backing = null;
        if (problems.isEmpty()) {
            if (!summary.active()) {
                problems.add("Pool '" + volume.pool() + "' is stopped; start it first.");
            } else if (find(pool, volume.name()) != null) {
                problems.add("Pool '" + volume.pool() + "' already has a volume '" + volume.name() + "'.");
            } else if ("raw".equals(volume.format()) && volume.bytes() > summary.available() && !"dir".equals(summary.type())) {
                problems.add("Pool '" + volume.pool() + "' has room for " + summary.available() + " bytes, not " + volume.bytes() + ".");
            }
            if (volume.backing() != null) {
                backing = volume.backing().startsWith("/") ? lookupPath(conn, volume.backing()) : find(pool, volume.backing());
                if (backing == null) {
                    problems.add("The backing volume '" + volume.backing() + "' is not in pool '" + volume.pool() + "'.");
                } else if (backing.getInfo().capacity > volume.bytes()) {
                    problems.add("The new volume must be at least as large as its backing volume ("
                            + backing.getInfo().capacity + " bytes).");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new HostOperationException("Could not create volume '" + volume.name() + "': " + String.join(" ", problems));
        }
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", volume.name());
        xml.addText(xml.root(), "capacity", Long.toString(volume.bytes()), "unit", "bytes");
        xml.addText(xml.root(), "allocation", "0", "unit", "bytes");
        VolumeFormat.addTo(xml, xml.add(xml.root(), "target"), volume.format());
        if (backing != null) {
            Element store = xml.add(xml.root(), "backingStore");
            xml.addText(store, "path", backing.getPath());
            String backingFormat = VolumeXmlReader.read(volume.pool(), backing.getXMLDesc(0)).format();
            xml.add(store, "format", "type", backingFormat.isEmpty() ? "raw" : backingFormat);
        }
        return VolumeXmlReader.read(volume.pool(), pool.storageVolCreateXML(xml.serialize(), 0).getXMLDesc(0));
    }

    static StorageVol find(StoragePool pool, String name) {
        try {
            return pool.storageVolLookupByName(name);
        } catch (LibvirtException e) {
            return null;
        }
    }

    private static StorageVol lookupPath(Connect conn, String path) {
        try {
            return conn.storageVolLookupByPath(path);
        } catch (LibvirtException e) {
            return null;
        }
    }
}
