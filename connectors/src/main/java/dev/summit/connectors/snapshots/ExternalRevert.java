package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.jna.MemoryRestore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summit's own revert to an external snapshot, for libvirt before 9.7 ("revert to external snapshot
 * not supported yet"). The snapshot's base images are never written: the guest gets new, empty
 * overlays on them, its definition as the snapshot saved it, its memory back from the snapshot's
 * memory file when there is one, and libvirt's metadata marks the snapshot current.
 *
 * <p>A snapshot without children reuses its own overlay files (what was written after it is what a
 * revert throws away), so libvirt's later delete of it commits the right file. A snapshot with
 * children keeps its overlays for them, and the guest goes on new files beside them.
 */
final class ExternalRevert {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalRevert.class);

    private ExternalRevert() {
    }

    static void revert(Connect conn, Domain domain, SnapshotTree tree, Snapshot target, SnapshotJournal journal) throws LibvirtException {
        String uuid = domain.getUUIDString();
        String guest = domain.getName();
        Instant started = Instant.now();
        OverlayFiles files = new OverlayFiles(conn);
        boolean reuse = tree.children(target.name()).isEmpty();
        Map<String, String> formats = new LinkedHashMap<>();
        for (DomainXml.Disk disk : DomainXml.disks(SnapshotXml.savedDomain(target.xml(), false))) {
            formats.put(disk.target(), disk.format());
        }
        Map<String, String> overlays = new LinkedHashMap<>();
        for (SnapshotDisk disk : target.disks()) {
            if (disk.base() == null || disk.overlay() == null) {
                throw new SnapshotRefused("Snapshot '" + target.name() + "' does not say which file " + disk.target()
                        + " was on; Summit cannot revert to it.");
            }
            String file = reuse ? disk.overlay() : disk.overlay().replaceFirst("(\\.qcow2)?$", "-" + started.getEpochSecond() + ".qcow2");
            files.poolHolding(file, disk.base()); // refuses before anything changes when no pool holds it
            overlays.put(disk.target(), file);
        }
        org.libvirt.DomainSnapshot handle = domain.snapshotLookupByName(target.name());
        String secureXml = handle.getXMLDesc(LibvirtFlags.SnapshotXmlDesc.SECURE);
        handle.free();
        journal.write(new SnapshotJournal.Entry(conn.getURI(), uuid, guest, "revert", target.name(), started,
                "stopping the guest"));
        if (domain.isActive() == 1) {
            domain.destroy();
        }
        journal.write(new SnapshotJournal.Entry(conn.getURI(), uuid, guest, "revert", target.name(), started,
                "making new overlays " + String.join(", ", overlays.values())));
        for (SnapshotDisk disk : target.disks()) {
            files.create(overlays.get(disk.target()), disk.base(), formats.get(disk.target()));
        }
        journal.write(new SnapshotJournal.Entry(conn.getURI(), uuid, guest, "revert", target.name(), started,
                "defining the guest as the snapshot saved it"));
        conn.domainDefineXML(DomainXml.withDiskFiles(SnapshotXml.savedDomain(target.xml(), true), overlays));
        if (target.memoryFile() != null) {
            journal.write(new SnapshotJournal.Entry(conn.getURI(), uuid, guest, "revert", target.name(), started,
                    "restoring the memory from " + target.memoryFile()));
            MemoryRestore.restore(conn, target.memoryFile(),
                    DomainXml.withDiskFiles(SnapshotXml.savedDomain(target.xml(), false), overlays),
                    "paused".equals(target.state()));
        } else if (target.wasRunning()) {
            // A disk-only snapshot of a running guest: it starts again from those disks, as after a power cut.
            domain.create();
        }
        domain.snapshotCreateXML(secureXml, LibvirtFlags.SnapshotCreate.REDEFINE | LibvirtFlags.SnapshotCreate.CURRENT).free();
        journal.finish(uuid);
        LOG.info("{} reverted to external snapshot {} on {}", guest, target.name(), overlays.values());
    }
}
