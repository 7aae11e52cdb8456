package dev.summit.connectors.storage;

/**
 * One volume of a pool. Sizes are bytes: capacity is what the guest sees, allocation what the host spends.
 *
 * @param format  qcow2, raw, iso… as libvirt probed it; empty when it does not say
 * @param backing the image this one is an overlay on (path), null when it stands alone
 */
public record VolumeSummary(String pool, String name, String path, String format, long capacity, long allocation,
                            String backing) {
    public VolumeSummary(String pool, String name, String path, String format, long capacity, long allocation) {
        this(pool, name, path, format, capacity, allocation, null);
    }
}
