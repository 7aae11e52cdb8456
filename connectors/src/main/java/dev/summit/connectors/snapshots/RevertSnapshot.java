package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.jna.DomainStateReason;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.LibvirtException;

/**
 * Brings a guest back to a snapshot: libvirt's own revert for internal snapshots and, from libvirt
 * 9.7 on, external ones; Summit's {@link ExternalRevert} before that.
 */
public final class RevertSnapshot {
    /** libvirt 9.7.0, the first that reverts to external snapshots itself. */
    static final long EXTERNAL_REVERT_VERSION = 9_007_000L;
    private static final int RUNNING = 1;
    private static final int BLOCKED = 2;
    private static final int PAUSED = 3;
    private static final int SHUTOFF = 5;
    private static final int PAUSED_MIGRATION = 2;

    private RevertSnapshot() {
    }

    public static CompletableFuture<Snapshot> apply(HostSession host, String uuid, String guestName, String snapshot,
                                                    SnapshotJournal journal) {
        return host.submit("revert", guestName, conn -> revert(conn, uuid, snapshot, journal));
    }

    /** The snapshot as it is now, current. */
    public static Snapshot revert(Connect conn, String uuid, String name, SnapshotJournal journal) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        RevertSnapshot.refuseWhileBusy(conn, domain, uuid);
        SnapshotTree tree = SnapshotTree.read(domain);
        String guest = domain.getName();
        Snapshot target = tree.find(name).orElseThrow(() -> new SnapshotRefused(guest
                + " has no snapshot called '" + name + "'."));
        if (target.kind() == SnapshotKind.INTERNAL || conn.getLibVersion() >= EXTERNAL_REVERT_VERSION) {
            DomainSnapshot snapshot = domain.snapshotLookupByName(name);
            try {
                domain.revertToSnapshot(snapshot);
            } finally {
                snapshot.free();
            }
        } else {
            ExternalRevert.revert(conn, domain, tree, target, journal);
        }
        return SnapshotTree.read(domain).find(name).orElseThrow();
    }

    /** Drivers without job information (the test driver) run no jobs either. */
    private static boolean jobRunning(Domain domain) {
        try {
            return domain.getJobInfo().getType() != 0;
        } catch (LibvirtException e) {
            return false;
        }
    }

    /**
     * A migrating guest (or one in any other job: save, dump, backup) is left alone, untouched.
     * Returns the guest's state as read for the check (one round trip), so callers need no other.
     */
    static DomainStateReason refuseWhileBusy(Connect conn, Domain domain, String uuid) throws LibvirtException {
        DomainStateReason state = DomainStateReason.read(conn, uuid);
        if (state.state() == SHUTOFF) {
            return state;
        }
        if (state.state() == PAUSED && state.reason() == PAUSED_MIGRATION || jobRunning(domain)) {
            throw new SnapshotRefused(domain.getName() + " is migrating (or busy with another job such as a save or"
                    + " a backup); Summit changes its snapshots only when that has ended. Nothing was changed.");
        }
        return state;
    }

    /** Running, blocked or paused: a guest whose memory a snapshot may hold. */
    static boolean running(DomainStateReason state) {
        return state.state() == RUNNING || state.state() == BLOCKED || state.state() == PAUSED;
    }
}
