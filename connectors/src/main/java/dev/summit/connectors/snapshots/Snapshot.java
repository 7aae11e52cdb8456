package dev.summit.connectors.snapshots;

import java.time.Instant;
import java.util.List;

/**
 * One snapshot as libvirt records it.
 *
 * @param parent      the snapshot it was taken after; null for a root
 * @param disks       for an external snapshot, each disk's overlay and base; empty for an internal one
 * @param memoryFile  the saved memory of an external snapshot with memory; null otherwise
 * @param xml         libvirt's full snapshot XML, kept for redefining it unchanged but for one part
 */
public record Snapshot(String name, String parent, SnapshotMoment taken, SnapshotKind kind, boolean current,
                       List<SnapshotDisk> disks, String memoryFile, String xml) {
    public Snapshot {
        disks = List.copyOf(disks);
    }

    public Instant created() {
        return taken.created();
    }

    public String description() {
        return taken.description();
    }

    /** The guest's state when taken, libvirt's word ("running", "shutoff", "paused"). */
    public String state() {
        return taken.guestState();
    }

    public boolean wasRunning() {
        return "running".equals(state()) || "paused".equals(state());
    }
}
