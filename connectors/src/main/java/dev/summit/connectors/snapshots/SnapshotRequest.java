package dev.summit.connectors.snapshots;

/**
 * What the user asked for; Summit chooses the kind from it and the guest ({@link SnapshotPlanner}).
 *
 * @param name         blank for a name made from the time
 * @param external     asked for an external snapshot even where an internal one would work
 * @param diskOnly     the disks only, without the memory of a running guest (always external)
 */
public record SnapshotRequest(String name, String description, boolean external, boolean diskOnly) {
    public SnapshotRequest {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description;
    }
}
