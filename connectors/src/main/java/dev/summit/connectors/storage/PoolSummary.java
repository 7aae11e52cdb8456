package dev.summit.connectors.storage;

/**
 * A storage pool as the wizard's storage page shows it. Sizes are bytes; an inactive pool reports zeros.
 *
 * @param targetPath the directory (dir pools) or device path, null when the pool has none
 */
public record PoolSummary(String name, String type, boolean active, long capacity, long allocation, long available,
                          String targetPath) {
    /** A pool Summit will make when a disk first needs it (the missing "default"); its room is not known yet. */
    public static PoolSummary planned(String name, String targetPath) {
        return new PoolSummary(name, "dir", true, 0, 0, Long.MAX_VALUE, targetPath);
    }

    public boolean planned() {
        return available == Long.MAX_VALUE && capacity == 0;
    }
}
