package dev.summit.connectors.storage;

/**
 * A storage pool as the storage view and the wizard's storage page show it. Sizes are bytes; an
 * inactive pool reports zeros.
 *
 * @param targetPath the directory (dir pools) or device path, null when the pool has none
 * @param autostart  started with the host
 * @param source     where its storage comes from, for people ("nfs.example:/export", "/dev/sdb1"), empty for dir pools
 */
public record PoolSummary(String name, String type, boolean active, PoolSpace space, String targetPath,
                          boolean autostart, String source) {
    /** Above this share of its capacity in use, a pool is shown with a warning. */
    public static final double FULL_WARNING = 0.9;

    public PoolSummary(String name, String type, boolean active, long capacity, long allocation, long available,
                       String targetPath) {
        this(name, type, active, new PoolSpace(capacity, allocation, available), targetPath, false, "");
    }

    public long capacity() {
        return space.capacity();
    }

    public long allocation() {
        return space.allocation();
    }

    public long available() {
        return space.available();
    }

    /** A pool Summit will make when a disk first needs it (the missing "default"); its room is not known yet. */
    public static PoolSummary planned(String name, String targetPath) {
        return new PoolSummary(name, "dir", true, 0, 0, Long.MAX_VALUE, targetPath);
    }

    public boolean planned() {
        return available() == Long.MAX_VALUE && capacity() == 0;
    }

    /** The share in use, 0 to 1; 0 when the size is not known (stopped, planned). */
    public double usedFraction() {
        return capacity() <= 0 || planned() ? 0 : Math.min(1, (capacity() - available()) / (double) capacity());
    }

    public boolean nearlyFull() {
        return usedFraction() > FULL_WARNING;
    }
}
