package dev.summit.connectors.migrate;

/** What happens to disks that are not on storage both hosts share. */
public enum StorageCopy {
    /** Every disk must already be visible at the same path on the destination. */
    SHARED,
    /** Each local disk is copied whole to the destination while the guest runs. */
    ALL,
    /** Only the top layer is copied, onto an image already prepared on the destination. */
    INCREMENTAL
}
