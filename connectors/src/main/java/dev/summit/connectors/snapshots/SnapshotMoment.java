package dev.summit.connectors.snapshots;

import java.time.Instant;

/**
 * When a snapshot was taken and what the guest and the user said about it then.
 *
 * @param guestState  the guest's state when taken, libvirt's word ("running", "shutoff", "paused")
 * @param description what the user wrote; "" when nothing
 */
public record SnapshotMoment(Instant created, String guestState, String description) {
    public SnapshotMoment {
        description = description == null ? "" : description;
    }
}
