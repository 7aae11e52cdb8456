package dev.summit.connectors.snapshots;

import dev.summit.connectors.xml.XmlTree;
import java.util.HashSet;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.w3c.dom.Element;

/**
 * Makes and removes overlay files through libvirt's storage pools, so the same code works on a
 * remote host: Summit never touches the host's files directly.
 */
final class OverlayFiles {
    private final Connect conn;
    private final Set<String> refreshed = new HashSet<>();

    OverlayFiles(Connect conn) {
        this.conn = conn;
    }

    /** The pool whose folder holds {@code file}, refreshed once so files libvirt's snapshots made are known. */
    StoragePool poolHolding(String file, String knownVolume) throws LibvirtException {
        StorageVol known;
        try {
            known = lookupRefreshingOnce(knownVolume);
        } catch (LibvirtException e) {
            throw new SnapshotRefused(knownVolume + " is in no storage pool of the host; Summit makes and removes"
                    + " snapshot overlays only through libvirt's pools. Add its folder as a pool and try again.");
        }
        StoragePool pool = known.storagePoolLookupByVolume();
        String folder = poolFolder(pool);
        if (!folder(file).equals(folder)) {
            throw new SnapshotRefused(file + " is not in the folder of pool " + pool.getName() + " (" + folder + ").");
        }
        if (refreshed.add(pool.getName())) {
            refresh(pool);
        }
        return pool;
    }

    /** A file libvirt's snapshots made is unknown to its pool until the pool is refreshed. */
    private StorageVol lookupRefreshingOnce(String file) throws LibvirtException {
        try {
            return conn.storageVolLookupByPath(file);
        } catch (LibvirtException unknown) {
            for (String name : conn.listStoragePools()) {
                if (refreshed.add(name)) {
                    refresh(conn.storagePoolLookupByName(name));
                }
            }
            return conn.storageVolLookupByPath(file);
        }
    }

    /** A new, empty qcow2 overlay on {@code base}; an existing file of that name is replaced. */
    void create(String overlay, String base, String baseFormat) throws LibvirtException {
        StoragePool pool = poolHolding(overlay, base);
        delete(overlay);
        StorageVol backing = conn.storageVolLookupByPath(base);
        long capacity = backing.getInfo().capacity;
        XmlTree tree = XmlTree.withRoot("volume");
        Element root = tree.root();
        tree.addText(root, "name", overlay.substring(overlay.lastIndexOf('/') + 1));
        tree.addText(root, "capacity", Long.toString(capacity), "unit", "bytes");
        Element target = tree.add(root, "target");
        tree.add(target, "format", "type", "qcow2");
        Element backingStore = tree.add(root, "backingStore");
        tree.addText(backingStore, "path", base);
        tree.add(backingStore, "format", "type", baseFormat == null || baseFormat.isEmpty() ? "raw" : baseFormat);
        pool.storageVolCreateXML(tree.serialize(), 0).free();
    }

    /** Removes the file when a pool knows it; true when it was there. */
    boolean delete(String file) throws LibvirtException {
        StorageVol volume;
        try {
            volume = conn.storageVolLookupByPath(file);
        } catch (LibvirtException e) {
            return false;
        }
        volume.delete(0);
        volume.free();
        return true;
    }

    /**
     * libvirt refuses to refresh a pool while one of its volumes is being built or uploaded; the
     * files libvirt's snapshot made are then found a moment later.
     */
    private static void refresh(StoragePool pool) throws LibvirtException {
        for (int attempt = 1; ; attempt++) {
            try {
                pool.refresh(0);
                return;
            } catch (LibvirtException e) {
                if (attempt == 20 || !String.valueOf(e.getMessage()).contains("asynchronous jobs")) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String poolFolder(StoragePool pool) throws LibvirtException {
        Element target = SnapshotXml.child(XmlTree.parse(pool.getXMLDesc(0)).getDocumentElement(), "target");
        Element path = target == null ? null : SnapshotXml.child(target, "path");
        String folder = path == null ? "" : path.getTextContent().strip();
        return folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    private static String folder(String file) {
        return file.substring(0, Math.max(0, file.lastIndexOf('/')));
    }
}
