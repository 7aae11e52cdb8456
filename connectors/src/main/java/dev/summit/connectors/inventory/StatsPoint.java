package dev.summit.connectors.inventory;

/**
 * One guest's figures at one bulk sample, as its graphs plot them. Rates are 0 on a guest's first
 * sample (nothing to measure against yet).
 *
 * @param cpuPercent           guest CPU use, 0–100, relative to its own vCPUs
 * @param balloonKiB           memory the guest holds now ("balloon.current"); its maximum when unknown
 * @param rssKiB               resident memory of the QEMU process on the host ("balloon.rss"); 0 when unknown
 * @param diskReadBytesPerSec  over all disks
 * @param diskWriteBytesPerSec over all disks
 * @param netRxBytesPerSec     received over all interfaces
 * @param netTxBytesPerSec     sent over all interfaces
 */
public record StatsPoint(double cpuPercent, long balloonKiB, long rssKiB, double diskReadBytesPerSec,
                         double diskWriteBytesPerSec, double netRxBytesPerSec, double netTxBytesPerSec) {
    public static final StatsPoint NONE = new StatsPoint(0, 0, 0, 0, 0, 0, 0);

    /** The list's coarser view of the same sample. */
    public GuestStats listStats() {
        return new GuestStats(cpuPercent, balloonKiB, diskReadBytesPerSec + diskWriteBytesPerSec,
                netRxBytesPerSec + netTxBytesPerSec);
    }
}
