package dev.summit.connectors.ops;

import dev.summit.connectors.xml.XmlTree;
import java.nio.file.Path;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A UEFI guest's variable store (boot entries, Secure Boot keys) copied for a clone, so the clone
 * boots as its source does. The file lives outside any pool, so the copy goes through a transient
 * directory pool on its folder: libvirt's storage API reaches remote hosts, a local file copy would not.
 */
final class NvramCopy {
    /** Where libvirt's QEMU driver keeps variable stores it names itself ({@code <name>_VARS.fd}). */
    static final String NVRAM_DIR = "/var/lib/libvirt/qemu/nvram";

    private NvramCopy() {
    }

    /** The source's store as the host names it, or null for a BIOS guest. */
    static String storeOf(Document inactive, String name) {
        Element nvram = (Element) inactive.getElementsByTagName("nvram").item(0);
        if (nvram != null && !nvram.getTextContent().isBlank()) {
            return nvram.getTextContent().strip();
        }
        Element os = (Element) inactive.getElementsByTagName("os").item(0);
        Element loader = (Element) inactive.getElementsByTagName("loader").item(0);
        boolean uefi = os != null && "efi".equals(os.getAttribute("firmware"))
                || loader != null && "pflash".equals(loader.getAttribute("type"));
        return uefi ? NVRAM_DIR + "/" + name + "_VARS.fd" : null;
    }

    /**
     * Copies the store to {@code <clone>_VARS.fd} beside it and registers the undo; returns the new
     * path, or null when the source has no store yet (never started: libvirt makes the clone's fresh).
     */
    static String copy(Connect conn, String store, String cloneName, UndoStack undo) throws LibvirtException {
        Path file = Path.of(store);
        String dir = file.getParent().toString();
        String copyName = cloneName + "_VARS.fd";
        String made = onPoolOf(conn, dir, pool -> {
            StorageVol source;
            try {
                source = pool.storageVolLookupByName(file.getFileName().toString());
            } catch (LibvirtException e) {
                return null;
            }
            XmlTree xml = XmlTree.withRoot("volume");
            xml.addText(xml.root(), "name", copyName);
            xml.addText(xml.root(), "capacity", Long.toString(source.getInfo().capacity), "unit", "bytes");
            xml.add(xml.add(xml.root(), "target"), "format", "type", "raw");
            return pool.storageVolCreateXMLFrom(xml.serialize(), source, 0).getPath();
        });
        if (made != null) {
            undo.push("UEFI variables " + made, () -> onPoolOf(conn, dir, pool -> {
                try {
                    pool.storageVolLookupByName(copyName).delete(0);
                } catch (LibvirtException gone) {
                    // undefining the clone with its variables removed the file already
                }
                return null;
            }));
        }
        return made;
    }

    private interface PoolWork {
        String on(StoragePool pool) throws LibvirtException;
    }

    /** Runs on an active pool over {@code dir}: an existing one, else a transient one made for this and destroyed after. */
    private static String onPoolOf(Connect conn, String dir, PoolWork work) throws LibvirtException {
        for (String name : conn.listStoragePools()) {
            StoragePool pool = conn.storagePoolLookupByName(name);
            Element target = (Element) XmlTree.parse(pool.getXMLDesc(0)).getElementsByTagName("path").item(0);
            if (target != null && dir.equals(target.getTextContent().strip())) {
                pool.refresh(0);
                return work.on(pool);
            }
        }
        XmlTree xml = XmlTree.withRoot("pool");
        xml.root().setAttribute("type", "dir");
        xml.addText(xml.root(), "name", "summit-nvram-" + Long.toString(System.nanoTime(), 36));
        xml.addText(xml.add(xml.root(), "target"), "path", dir);
        StoragePool transientPool = conn.storagePoolCreateXML(xml.serialize(), 0);
        try {
            return work.on(transientPool);
        } finally {
            transientPool.destroy();
        }
    }
}
