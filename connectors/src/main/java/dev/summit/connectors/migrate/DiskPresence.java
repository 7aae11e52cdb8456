package dev.summit.connectors.migrate;

import dev.summit.connectors.xml.XmlTree;
import java.nio.file.Path;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.w3c.dom.NodeList;

/**
 * Whether a disk path exists on the destination. libvirt cannot look at arbitrary files, only at
 * volumes of its storage pools; so the answer is known only for folders a pool there covers. A pool
 * lists a file someone else created (e.g. the source host, on shared storage) only after a refresh,
 * so the covering pool is refreshed before it is asked — that changes nothing but libvirt's list.
 */
enum DiskPresence {
    PRESENT, ABSENT, UNKNOWN;

    static DiskPresence of(Connect destination, String path) {
        if (lookup(destination, path)) {
            return PRESENT;
        }
        try {
            Path folder = Path.of(path).getParent();
            for (String name : destination.listStoragePools()) {
                StoragePool pool = destination.storagePoolLookupByName(name);
                if (folder.equals(targetOf(pool))) {
                    pool.refresh(0);
                    return lookup(destination, path) ? PRESENT : ABSENT;
                }
            }
        } catch (LibvirtException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }

    private static boolean lookup(Connect destination, String path) {
        try {
            destination.storageVolLookupByPath(path);
            return true;
        } catch (LibvirtException e) {
            return false;
        }
    }

    private static Path targetOf(StoragePool pool) throws LibvirtException {
        NodeList paths = XmlTree.parse(pool.getXMLDesc(0)).getElementsByTagName("path");
        return paths.getLength() == 0 ? null : Path.of(paths.item(0).getTextContent().strip());
    }
}
