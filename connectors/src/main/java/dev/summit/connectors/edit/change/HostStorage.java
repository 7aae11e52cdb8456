package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.xml.XmlTree;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.StorageVolInfo;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the images of disk and media edits are on the guest's host, asked through libvirt's storage
 * API only (the host may be remote, so this machine's file system says nothing about it).
 */
final class HostStorage {
    private HostStorage() {
    }

    /** A running pool, or a refusal naming it. */
    static StoragePool pool(Connect conn, String name) {
        try {
            StoragePool pool = conn.storagePoolLookupByName(name);
            if (pool.isActive() != 1) {
                throw new EditRefused("Storage pool '" + name + "' is not started; start it first.");
            }
            return pool;
        } catch (LibvirtException e) {
            throw new EditRefused("There is no storage pool '" + name + "' on this host.");
        }
    }

    /** The volume {@code name} of {@code pool}, rescanned first so a file copied in is found; or a refusal. */
    static StorageVol volume(Connect conn, String poolName, String name) {
        StoragePool pool = pool(conn, poolName);
        try {
            pool.refresh(0);
            return pool.storageVolLookupByName(name);
        } catch (LibvirtException e) {
            throw new EditRefused("There is no volume '" + name + "' in storage pool '" + poolName + "'.");
        }
    }

    /** Whether the pool already holds a volume of that name (after a rescan). */
    static boolean hasVolume(StoragePool pool, String name) {
        try {
            pool.refresh(0);
            for (String existing : pool.listVolumes()) {
                if (existing.equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (LibvirtException e) {
            return false;
        }
    }

    /**
     * The pool volume at {@code path}, or null when no pool holds it. Pools rescan only when asked,
     * so when the first look-up fails, the pools whose directory holds the path are refreshed.
     */
    static StorageVol volumeAt(Connect conn, String path) {
        try {
            return conn.storageVolLookupByPath(path);
        } catch (LibvirtException notYet) {
            try {
                String parent = Path.of(path).getParent() == null ? "/" : Path.of(path).getParent().toString();
                for (String name : conn.listStoragePools()) {
                    StoragePool pool = conn.storagePoolLookupByName(name);
                    if (parent.equals(targetPath(pool))) {
                        pool.refresh(0);
                    }
                }
                return conn.storageVolLookupByPath(path);
            } catch (LibvirtException e) {
                return null;
            }
        }
    }

    /** Whether the host has a file at {@code path}: a pool volume, or, on this machine's own daemon, any file. */
    static boolean exists(Connect conn, String path) {
        return volumeAt(conn, path) != null || (isLocal(conn) && Files.isRegularFile(Path.of(path)));
    }

    /** file or block, as a disk's {@code type} for this volume. */
    static String diskType(StorageVol volume) throws LibvirtException {
        return volume.getInfo().type == StorageVolInfo.VirStorageVolType.VIR_STORAGE_VOL_BLOCK ? "block" : "file";
    }

    /** The volume's image format (qcow2, raw…) as its pool reports it; raw when it says none. */
    static String format(StorageVol volume) throws LibvirtException {
        NodeList formats = XmlTree.parse(volume.getXMLDesc(0)).getElementsByTagName("format");
        for (int i = 0; i < formats.getLength(); i++) {
            Element format = (Element) formats.item(i);
            if ("target".equals(((Element) format.getParentNode()).getTagName())) {
                String type = format.getAttribute("type");
                return type.isEmpty() || "iso".equals(type) ? "raw" : type;
            }
        }
        return "raw";
    }

    private static String targetPath(StoragePool pool) throws LibvirtException {
        NodeList paths = XmlTree.parse(pool.getXMLDesc(0)).getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            if ("target".equals(((Element) paths.item(i).getParentNode()).getTagName())) {
                return paths.item(i).getTextContent().strip();
            }
        }
        return null;
    }

    /** A daemon on this machine: its files are this machine's files. */
    static boolean isLocal(Connect conn) {
        try {
            URI uri = URI.create(conn.getURI());
            String host = uri.getHost();
            return !uri.getScheme().contains("+") && (host == null || host.isEmpty() || "localhost".equals(host));
        } catch (LibvirtException | IllegalArgumentException e) {
            return false;
        }
    }
}
