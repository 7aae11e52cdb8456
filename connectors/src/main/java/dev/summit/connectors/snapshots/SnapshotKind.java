package dev.summit.connectors.snapshots;

/** Where a snapshot keeps what it saved: inside the qcow2 disks, or in overlay files beside them. */
public enum SnapshotKind {
    /** Disks and memory stored inside each qcow2 image (savevm). */
    INTERNAL("internal"),
    /** Each disk continues in a new overlay; the memory is not kept. */
    EXTERNAL_DISK_ONLY("external, disk only"),
    /** Each disk continues in a new overlay and the memory is saved to a file. */
    EXTERNAL_WITH_MEMORY("external, with memory");

    private final String label;

    SnapshotKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean external() {
        return this != INTERNAL;
    }
}
