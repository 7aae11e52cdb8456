package dev.summit.connectors.osinfo;

/**
 * Resources osinfo-db states for an OS on x86_64 (or for every architecture). Zero means the
 * database says nothing, so a caller falls back to its own default.
 */
public record OsResources(long ramBytes, int cpus, long storageBytes) {
    public static final OsResources NONE = new OsResources(0, 0, 0);

    /** Fills what this one leaves unsaid from {@code fallback} (an OS inherits from the one it derives from). */
    public OsResources orElse(OsResources fallback) {
        return new OsResources(ramBytes > 0 ? ramBytes : fallback.ramBytes, cpus > 0 ? cpus : fallback.cpus,
                storageBytes > 0 ? storageBytes : fallback.storageBytes);
    }

    public boolean isEmpty() {
        return ramBytes == 0 && cpus == 0 && storageBytes == 0;
    }
}
