package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a snapshot, or it and its children. An internal one goes from the qcow2 files; an
 * external one is merged (libvirt's block commit, which libvirt 9.0 does itself) with progress,
 * and its memory file removed.
 */
public final class DeleteSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(DeleteSnapshot.class);

    private DeleteSnapshot() {
    }

    /** Completes with the names deleted, the given one last. */
    public static CompletableFuture<List<String>> apply(HostSession host, String uuid, String guestName, String name,
                                                        boolean children, SnapshotJournal journal, OperationProgress progress) {
        return host.submit("delete a snapshot of", guestName, conn -> delete(conn, uuid, name, children, journal, progress));
    }

    public static List<String> delete(Connect conn, String uuid, String name, boolean children, SnapshotJournal journal,
                                      OperationProgress progress) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        RevertSnapshot.refuseWhileBusy(conn, domain, uuid);
        SnapshotTree tree = SnapshotTree.read(domain);
        String guest = domain.getName();
        Snapshot target = tree.find(name).orElseThrow(() -> new SnapshotRefused(guest
                + " has no snapshot called '" + name + "'."));
        List<Snapshot> order = new ArrayList<>(children ? tree.descendantsLeavesFirst(name) : List.of());
        order.add(target);
        List<String> deleted = new ArrayList<>();
        if (target.kind() == SnapshotKind.INTERNAL) {
            DomainSnapshot snapshot = domain.snapshotLookupByName(name);
            try {
                snapshot.delete(children ? LibvirtFlags.SnapshotDelete.CHILDREN : 0);
            } finally {
                snapshot.free();
            }
            order.forEach(s -> deleted.add(s.name()));
            return deleted;
        }
        Instant started = Instant.now();
        boolean settled = false;
        try {
            for (Snapshot snapshot : order) {
                journal.write(new SnapshotJournal.Entry(conn.getURI(), uuid, domain.getName(), "delete", snapshot.name(),
                        started, "merging " + snapshot.disks().stream().map(SnapshotDisk::overlay).toList()));
                deleteExternal(conn, domain, uuid, tree, snapshot, progress);
                deleted.add(snapshot.name());
                tree = SnapshotTree.read(domain);
            }
            settled = true;
        } catch (LibvirtException | RuntimeException e) {
            // libvirt answered (a refusal, a failed merge): the user reads why now. A libvirtd that died
            // mid-merge cannot say what became of the merge: the note stays for the next start to report.
            settled = alive(conn);
            throw e;
        } finally {
            if (settled) {
                journal.finish(uuid);
            }
        }
        return deleted;
    }

    private static boolean alive(Connect conn) {
        try {
            return conn.isAlive();
        } catch (LibvirtException e) {
            return false;
        }
    }

    private static void deleteExternal(Connect conn, Domain domain, String uuid, SnapshotTree tree, Snapshot snapshot,
                                       OperationProgress progress) throws LibvirtException {
        List<String> targets = snapshot.disks().stream().map(SnapshotDisk::target).toList();
        DomainSnapshot handle = domain.snapshotLookupByName(snapshot.name());
        try (MergeWatch watch = new MergeWatch(conn, uuid, snapshot.name(), targets, progress)) {
            handle.delete(0);
        } catch (LibvirtException refused) {
            if (!tree.children(snapshot.name()).isEmpty() || inUse(domain, snapshot)) {
                throw refused;
            }
            // Off the guest's current branch (Summit reverted away from it) and childless: its
            // overlays hold nothing anyone reads, so there is nothing to merge.
            LOG.info("libvirt would not delete {} ({}); its overlays are unused, removing them", snapshot.name(),
                    refused.getMessage());
            OverlayFiles files = new OverlayFiles(conn);
            for (SnapshotDisk disk : snapshot.disks()) {
                files.poolHolding(disk.overlay(), disk.base());
                files.delete(disk.overlay());
            }
            handle.delete(LibvirtFlags.SnapshotDelete.METADATA_ONLY);
        } finally {
            handle.free();
        }
        removeMemoryFile(conn, snapshot);
        progress.report(1, 0, "Deleted snapshot '" + snapshot.name() + "'");
    }

    private static boolean inUse(Domain domain, Snapshot snapshot) throws LibvirtException {
        List<String> overlays = snapshot.disks().stream().map(SnapshotDisk::overlay).toList();
        for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
            if (overlays.contains(disk.source()) || disk.backingFiles().stream().anyMatch(overlays::contains)) {
                return true;
            }
        }
        return false;
    }

    /** libvirt leaves the memory file behind when it deletes the snapshot's metadata. */
    private static void removeMemoryFile(Connect conn, Snapshot snapshot) {
        if (snapshot.memoryFile() == null || snapshot.disks().isEmpty()) {
            return;
        }
        try {
            OverlayFiles files = new OverlayFiles(conn);
            files.poolHolding(snapshot.memoryFile(), snapshot.disks().get(0).base());
            files.delete(snapshot.memoryFile());
        } catch (LibvirtException | RuntimeException e) {
            LOG.warn("snapshot {} is deleted but its memory file {} stays: {}", snapshot.name(), snapshot.memoryFile(),
                    e.getMessage());
        }
    }
}
