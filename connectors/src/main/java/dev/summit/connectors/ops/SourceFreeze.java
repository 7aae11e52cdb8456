package dev.summit.connectors.ops;

import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.xml.XmlTree;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.w3c.dom.Document;

/**
 * The source's disks held still while clones are made of them.
 *
 * <ul>
 * <li>Linked disks: the source moves onto overlays of its own for good, so the images its clones
 *     read are never written again (a template needs none: it never runs).</li>
 * <li>Full copies of a running (paused) source: QEMU write-locks its images, so the source writes
 *     to temporary overlays while they are copied, and the overlays are folded back afterwards.</li>
 * </ul>
 * A shut-off source is moved by redefining it; a running one by a live disk-only snapshot.
 */
final class SourceFreeze {
    private final Connect conn;
    private final Domain source;
    private final String sourceXml;
    private final boolean running;
    /** Overlays that exist only while the copies are made: target → overlay path. */
    private final Map<String, String> temporary = new LinkedHashMap<>();
    private final Map<String, String> originalPaths = new LinkedHashMap<>();
    private final UndoStack undo = new UndoStack();

    private SourceFreeze(Connect conn, Domain source, String sourceXml, boolean running) {
        this.conn = conn;
        this.source = source;
        this.sourceXml = sourceXml;
        this.running = running;
    }

    /**
     * @param template the source is a template: its images are frozen already
     * @throws LibvirtException after undoing whatever part was done
     */
    static SourceFreeze hold(Connect conn, Domain source, String sourceXml, CloneRequest request, boolean template)
            throws LibvirtException {
        boolean running = source.isActive() == 1;
        SourceFreeze freeze = new SourceFreeze(conn, source, sourceXml, running);
        CloneDefinition definition = CloneDefinition.of(sourceXml);
        Set<String> linked = new HashSet<>();
        Set<String> full = new HashSet<>();
        for (CloneDefinition.WritableDisk disk : definition.writableDisks()) {
            CloneMode mode = request.modeOf(disk.target());
            if (mode == CloneMode.LINKED && !template) {
                linked.add(disk.target());
            } else if (mode == CloneMode.FULL && running) {
                full.add(disk.target());
            }
            freeze.originalPaths.put(disk.target(), disk.source());
        }
        try {
            if (!running) {
                if (!linked.isEmpty()) {
                    CloneDisks.freezeBase(conn, sourceXml, linked, freeze.undo);
                }
            } else if (!linked.isEmpty() || !full.isEmpty()) {
                freeze.switchLive(definition, linked, full);
            }
        } catch (LibvirtException | RuntimeException e) {
            freeze.undo.unwind();
            throw e;
        }
        return freeze;
    }

    private void switchLive(CloneDefinition definition, Set<String> linked, Set<String> full) throws LibvirtException {
        String name = source.getName();
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        Map<String, String> overlays = new LinkedHashMap<>();
        for (CloneDefinition.WritableDisk disk : definition.writableDisks()) {
            if (linked.contains(disk.target()) || full.contains(disk.target())) {
                overlays.put(disk.target(), CloneDisks.copy(conn, disk.source(), name + "-" + disk.target() + "-" + stamp,
                        CloneMode.LINKED, undo));
            }
        }
        LiveOverlay.switchTo(source, overlays);
        undo.push("the overlays " + name + " now writes to", () -> {
            for (String target : overlays.keySet()) {
                LiveOverlay.commitBack(source, target);
            }
            conn.domainDefineXML(sourceXml);
        });
        full.forEach(target -> temporary.put(target, overlays.get(target)));
        // The next boot must use the overlays of linked disks too, whatever libvirt did to the definition.
        CloneDefinition next = CloneDefinition.of(source.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
        for (CloneDefinition.WritableDisk disk : next.writableDisks()) {
            if (linked.contains(disk.target()) && !disk.source().equals(overlays.get(disk.target()))) {
                next.pointDiskAt(disk, overlays.get(disk.target()));
            }
        }
        conn.domainDefineXML(next.serialize());
    }

    /** Puts everything back as it was: for when no clone was made. Returns what could not be undone. */
    List<String> undoAll() {
        temporary.clear();
        return undo.unwind();
    }

    /**
     * After the copies: folds the temporary overlays back so the source runs on its own images again,
     * deletes them, and makes the definition name those images. The linked part stays: clones read it.
     */
    void release() throws LibvirtException {
        if (temporary.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> overlay : temporary.entrySet()) {
            LiveOverlay.commitBack(source, overlay.getKey());
            conn.storageVolLookupByPath(overlay.getValue()).delete(0);
        }
        Document inactive = XmlTree.parse(source.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
        CloneDefinition next = CloneDefinition.of(XmlTree.serialize(inactive));
        boolean changed = false;
        for (CloneDefinition.WritableDisk disk : next.writableDisks()) {
            String original = originalPaths.get(disk.target());
            if (temporary.containsKey(disk.target()) && !disk.source().equals(original)) {
                next.restoreDisk(disk, CloneDefinition.of(sourceXml), original);
                changed = true;
            }
        }
        if (changed) {
            conn.domainDefineXML(next.serialize());
        }
        temporary.clear();
    }

    boolean running() {
        return running;
    }
}
