package dev.summit.connectors.storage;

/**
 * A storage pool as the wizard's storage page shows it. Sizes are bytes; an inactive pool reports zeros.
 *
 * @param targetPath the directory (dir pools) or device path, null when the pool has none
 */
public record PoolSummary(String name, String type, boolean active, long capacity, long allocation, long available,
                          String targetPath) {
}
