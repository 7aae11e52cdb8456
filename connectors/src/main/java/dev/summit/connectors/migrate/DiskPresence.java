package dev.summit.connectors.migrate;

import dev.summit.connectors.jna.NativeHost;
import dev.summit.connectors.xml.XmlTree;
import java.nio.file.Path;
import org.libvirt.LibvirtException;
import org.w3c.dom.NodeList;

/**
 * Whether a disk path exists on the destination. libvirt cannot look at arbitrary files, only at
 * volumes of its storage pools; so the answer is known only for folders a pool there covers. A pool
 * lists a file someone else created (e.g. the source host, on shared storage) only after a refresh,
 * so the covering pool is refreshed before it is asked — that changes nothing but libvirt's list.
 */
enum DiskPresence {
    PRESENT, ABSENT, UNKNOWN;

    static DiskPresence of(NativeHost destination, String path) {
        if (destination.hasVolumeAt(path)) {
            return PRESENT;
        }
        try {
            Path folder = Path.of(path).getParent();
            if (destination.refreshPoolWhere(poolXml -> folder.equals(targetOf(poolXml)))) {
                return destination.hasVolumeAt(path) ? PRESENT : ABSENT;
            }
        } catch (LibvirtException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }

    private static Path targetOf(String poolXml) {
        NodeList paths = XmlTree.parse(poolXml).getElementsByTagName("path");
        return paths.getLength() == 0 ? null : Path.of(paths.item(0).getTextContent().strip());
    }
}
