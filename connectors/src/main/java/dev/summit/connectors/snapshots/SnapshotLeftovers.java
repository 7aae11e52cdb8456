package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainBlockJobInfo;
import org.libvirt.LibvirtException;

/**
 * What an interrupted snapshot revert or delete left on a host, found at the next start: the
 * journal's notes for this host (with each guest's state and disk files now), and merges still
 * running in QEMU with nobody waiting for them.
 */
public final class SnapshotLeftovers {
    private SnapshotLeftovers() {
    }

    /** Sentences for the user, none when all is well; each note reported is cleared. */
    public static CompletableFuture<List<String>> check(HostSession host, SnapshotJournal journal) {
        return host.submit("check the snapshots on", null, conn -> check(conn, journal));
    }

    public static List<String> check(Connect conn, SnapshotJournal journal) throws LibvirtException {
        List<String> found = new ArrayList<>();
        String uri = conn.getURI();
        for (SnapshotJournal.Entry entry : journal.pending()) {
            if (!entry.hostUri().equals(uri)) {
                continue;
            }
            found.add(describe(conn, entry));
            journal.finish(entry.uuid());
        }
        for (int id : conn.listDomains()) {
            try {
                runningMerges(conn.domainLookupByID(id), found);
            } catch (LibvirtException e) {
                // A guest that went away meanwhile, or a driver without block jobs: nothing to report.
            }
        }
        return found;
    }

    private static void runningMerges(Domain domain, List<String> found) throws LibvirtException {
        for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
            if (!"disk".equals(disk.device()) || disk.target().isEmpty()) {
                continue;
            }
            DomainBlockJobInfo job = domain.getBlockJobInfo(disk.target(), 0);
            if (job != null && job.end > 0) {
                found.add(domain.getName() + ": a merge of " + disk.target() + " is still running without Summit ("
                        + (100 * job.cur / job.end) + " % done); leave the guest running until it ends.");
            }
        }
    }

    private static String describe(Connect conn, SnapshotJournal.Entry entry) {
        String what = "The " + entry.operation() + " of " + entry.guest() + (entry.operation().equals("revert") ? " to" : " of")
                + " snapshot '" + entry.snapshot() + "' started " + entry.started() + " was interrupted while "
                + entry.step() + ".";
        try {
            Domain domain = conn.domainLookupByUUIDString(entry.uuid());
            List<String> files = new ArrayList<>();
            for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
                if ("disk".equals(disk.device())) {
                    files.add(disk.target() + " on " + disk.source());
                }
            }
            SnapshotTree tree = SnapshotTree.read(domain);
            boolean listed = tree.find(entry.snapshot()).isPresent();
            return what + " Now " + entry.guest() + " is " + (domain.isActive() == 1 ? "running" : "shut off") + " with "
                    + String.join(", ", files) + "; the snapshot is " + (listed ? "still listed" : "gone")
                    + (!listed ? "." : entry.operation().equals("revert") ? "; revert to it again to finish."
                    : "; delete it again to finish the merge.");
        } catch (LibvirtException e) {
            return what + " The guest is no longer on this host.";
        }
    }
}
