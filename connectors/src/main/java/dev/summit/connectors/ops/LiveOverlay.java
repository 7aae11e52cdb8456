package dev.summit.connectors.ops;

import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import dev.summit.connectors.xml.XmlTree;
import java.util.Map;
import org.libvirt.Domain;
import org.libvirt.DomainBlockJobInfo;
import org.libvirt.LibvirtException;
import org.w3c.dom.Element;

/**
 * A running guest moved onto overlays and, when wanted, back again — without stopping it. A
 * disk-only external snapshot (no snapshot metadata) makes the guest write to the overlays from one
 * instant on, so its images stop changing and are no longer write-locked: they can be copied or
 * become the frozen base of linked clones. An active block commit folds an overlay back into its
 * image and pivots the guest onto that image again.
 */
final class LiveOverlay {
    private static final long COMMIT_TIMEOUT_MS = 10 * 60_000;

    private LiveOverlay() {
    }

    /**
     * Switches the listed disks (target → overlay path; each overlay already made, backed by the
     * disk's current image) in one atomic step; every other disk of the guest is left as it is.
     */
    static void switchTo(Domain domain, Map<String, String> overlays) throws LibvirtException {
        XmlTree xml = XmlTree.withRoot("domainsnapshot");
        xml.addText(xml.root(), "name", "summit-clone-" + Long.toString(System.currentTimeMillis(), 36));
        Element disks = xml.add(xml.root(), "disks");
        for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
            String overlay = overlays.get(disk.target());
            if (overlay == null) {
                xml.add(disks, "disk", "name", disk.target(), "snapshot", "no");
            } else {
                Element entry = xml.add(disks, "disk", "name", disk.target(), "snapshot", "external", "type", "file");
                xml.add(entry, "driver", "type", "qcow2");
                xml.add(entry, "source", "file", overlay);
            }
        }
        domain.snapshotCreateXML(xml.serialize(),
                LibvirtFlags.SnapshotCreate.NO_METADATA | LibvirtFlags.SnapshotCreate.DISK_ONLY | LibvirtFlags.SnapshotCreate.REUSE_EXT | LibvirtFlags.SnapshotCreate.ATOMIC);
    }

    /** Folds the overlay of {@code target} back into its image and pivots the guest onto the image. */
    static void commitBack(Domain domain, String target) throws LibvirtException {
        domain.blockCommit(target, null, null, 0, LibvirtFlags.BlockJob.COMMIT_ACTIVE);
        long deadline = System.currentTimeMillis() + COMMIT_TIMEOUT_MS;
        while (true) {
            DomainBlockJobInfo job = domain.getBlockJobInfo(target, 0);
            // Ready once the image holds everything the overlay did; from then on QEMU mirrors new writes.
            if (job != null && job.end > 0 && job.cur == job.end) {
                break;
            }
            if (System.currentTimeMillis() > deadline) {
                domain.blockJobAbort(target, 0);
                throw new IllegalStateException("folding the overlay of " + target + " back took over ten minutes");
            }
            sleep(50);
        }
        // cur == end can be seen before QEMU's "ready" event reaches libvirt, which refuses the pivot
        // until then ("not ready for pivot yet"): ask again until it takes.
        while (true) {
            try {
                domain.blockJobAbort(target, LibvirtFlags.BlockJob.ABORT_PIVOT);
                return;
            } catch (LibvirtException e) {
                if (System.currentTimeMillis() > deadline || e.getMessage() == null || !e.getMessage().contains("not ready")) {
                    throw e;
                }
                sleep(50);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while folding an overlay back", e);
        }
    }
}
