package dev.summit.connectors.ops;

import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.storage.NewDiskPools;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeFormat;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.w3c.dom.Element;

/** The volumes of a clone: whole copies or linked overlays, made through the source disk's own pool. */
final class CloneDisks {
    private CloneDisks() {
    }

    /** What stands in the way of copying these disks {@code copies} times; changes nothing. */
    static List<String> problems(Connect conn, List<CloneDefinition.WritableDisk> disks, int copies, CloneRequest request)
            throws LibvirtException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> neededPerPool = new HashMap<>();
        Map<String, Long> freePerPool = new HashMap<>();
        for (CloneDefinition.WritableDisk disk : disks) {
            CloneMode mode = request.modeOf(disk.target());
            if (mode == CloneMode.SHARE) {
                continue;
            }
            StorageVol volume;
            try {
                volume = conn.storageVolLookupByPath(disk.source());
            } catch (LibvirtException e) {
                problems.add("Disk " + disk.target() + " (" + disk.source() + ") is not in a storage pool; add its folder as a pool to clone it.");
                continue;
            }
            String format = format(volume);
            if (mode == CloneMode.LINKED && !"qcow2".equals(format)) {
                problems.add("Disk " + disk.target() + " is " + format + ", which cannot back a linked clone; make a full clone instead.");
            }
            StoragePool pool = volume.storagePoolLookupByVolume();
            if (mode == CloneMode.FULL) {
                if (!freePerPool.containsKey(pool.getName())) {
                    pool.refresh(0);   // once per pool: free space as it is now, not as libvirt last saw it
                    freePerPool.put(pool.getName(), pool.getInfo().available);
                }
                // A sparse copy takes about what the source holds now, not its virtual size.
                neededPerPool.merge(pool.getName(), volume.getInfo().allocation * copies, Long::sum);
            }
        }
        neededPerPool.forEach((pool, needed) -> {
            long free = freePerPool.get(pool);
            if (needed > free) {
                problems.add("Pool '" + pool + "' has " + ByteSize.human(free) + " free; the copies need about "
                        + ByteSize.human(needed) + ".");
            }
        });
        return problems;
    }

    /**
     * One disk for a clone, beside its source in the same pool; returns the new image's path.
     *
     * @param baseName the volume's name without extension, e.g. "fuji-vda"
     */
    static String copy(Connect conn, String sourcePath, String baseName, CloneMode mode, UndoStack undo)
            throws LibvirtException {
        return copy(conn, sourcePath, baseName, mode, undo, CopiedBytes.NONE);
    }

    /** Bytes written so far into a full copy; reported from a watcher thread, four times a second. */
    interface CopiedBytes {
        /** Nobody asks: no watcher runs beside the copy. */
        CopiedBytes NONE = bytes -> { };

        void copied(long bytes);
    }

    static String copy(Connect conn, String sourcePath, String baseName, CloneMode mode, UndoStack undo,
                       CopiedBytes copied) throws LibvirtException {
        StorageVol source = conn.storageVolLookupByPath(sourcePath);
        StoragePool pool = poolForCopy(conn, source.storagePoolLookupByVolume());
        long capacity = source.getInfo().capacity;
        String name = baseName + ".qcow2";
        StorageVol made;
        if (mode == CloneMode.FULL) {
            // libvirt's volume clone reports nothing while it runs; the new volume's allocation,
            // read beside it on the same (thread-safe) connection, is how far the copy has got.
            Thread watcher = copied == CopiedBytes.NONE ? null : watch(pool, name, copied);
            try {
                made = pool.storageVolCreateXMLFrom(volumeXml(name, capacity, null), source, 0);
            } catch (LibvirtException | RuntimeException e) {
                // A volume clone that failed half-way (disk full) may leave its partial file listed.
                removeLeftover(pool, name);
                throw e;
            } finally {
                if (watcher != null) {
                    watcher.interrupt();
                }
            }
            if (copied != CopiedBytes.NONE) {
                copied.copied(made.getInfo().allocation);
            }
        } else {
            made = pool.storageVolCreateXML(volumeXml(name, capacity, sourcePath), 0);
        }
        undo.push("volume " + name, () -> made.delete(0));
        return made.getPath();
    }

    /**
     * Beside the source, unless the source sits in a system directory (an image imported in place
     * from a package's folder): copies are never written there, they go to the default pool.
     */
    private static StoragePool poolForCopy(Connect conn, StoragePool sourcePool) throws LibvirtException {
        if (NewDiskPools.forbidden(StoragePools.pool(conn, sourcePool.getName())).isEmpty()) {
            return sourcePool;
        }
        return conn.storagePoolLookupByName(DefaultPool.ensure(conn).pool().name());
    }

    private static Thread watch(StoragePool pool, String name, CopiedBytes copied) {
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(250);
                    copied.copied(pool.storageVolLookupByName(name).getInfo().allocation);
                } catch (InterruptedException e) {
                    return;
                } catch (LibvirtException | RuntimeException e) {
                    // not listed yet, or still being allocated: ask again next time
                }
            }
        }, "clone-copy-watch");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static void removeLeftover(StoragePool pool, String name) {
        try {
            pool.refresh(0);
            pool.storageVolLookupByName(name).delete(0);
        } catch (LibvirtException e) {
            // nothing of it was left
        }
    }

    /**
     * Moves the (shut-off) source onto new overlays, one per writable disk, so the images its linked
     * clones read are never written again; the undo puts its old definition back.
     */
    static void freezeBase(Connect conn, String sourceXml, java.util.Set<String> targets, UndoStack undo)
            throws LibvirtException {
        CloneDefinition definition = CloneDefinition.of(sourceXml);
        String sourceName = CloneDefinition.child(XmlTree.parse(sourceXml).getDocumentElement(), "name").getTextContent();
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        for (CloneDefinition.WritableDisk disk : definition.writableDisks()) {
            if (!targets.contains(disk.target())) {
                continue;
            }
            String overlay = copy(conn, disk.source(), sourceName + "-" + disk.target() + "-" + stamp, CloneMode.LINKED, undo);
            definition.pointDiskAt(disk, overlay);
        }
        Domain source = conn.domainDefineXML(definition.serialize());
        undo.push("the new definition of " + sourceName, () -> conn.domainDefineXML(sourceXml));
        if (source.isActive() == 1) {
            throw new IllegalStateException(sourceName + " started while it was being moved onto an overlay");
        }
    }

    private static String volumeXml(String name, long capacity, String backingPath) {
        XmlTree xml = XmlTree.withRoot("volume");
        Element root = xml.root();
        xml.addText(root, "name", name);
        xml.addText(root, "capacity", Long.toString(capacity), "unit", "bytes");
        Element target = xml.add(root, "target");
        VolumeFormat.addTo(xml, target, "qcow2");
        if (backingPath != null) {
            Element backing = xml.add(root, "backingStore");
            xml.addText(backing, "path", backingPath);
            xml.add(backing, "format", "type", "qcow2");
        }
        return xml.serialize();
    }

    static String format(StorageVol volume) throws LibvirtException {
        Element target = CloneDefinition.child(XmlTree.parse(volume.getXMLDesc(0)).getDocumentElement(), "target");
        Element format = target == null ? null : CloneDefinition.child(target, "format");
        return format == null ? "raw" : format.getAttribute("type");
    }
}
