package dev.summit.connectors.snapshots;

/**
 * One disk as an external snapshot left it.
 *
 * @param target   the guest's name for the disk ("vda")
 * @param overlay  the file the disk continued in after the snapshot (holds what changed since)
 * @param base     the file that holds the disk as it was at the snapshot (the overlay's backing)
 */
public record SnapshotDisk(String target, String overlay, String base) {
}
