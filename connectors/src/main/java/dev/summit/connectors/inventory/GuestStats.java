package dev.summit.connectors.inventory;

/**
 * Rates measured between two bulk samples of one guest.
 *
 * @param cpuPercent      guest CPU use, 0–100, relative to its own vCPUs
 * @param memoryKiB       memory the guest holds now (balloon current, or its maximum when unknown)
 * @param diskBytesPerSec read + write over all disks
 * @param netBytesPerSec  receive + transmit over all interfaces
 */
public record GuestStats(double cpuPercent, long memoryKiB, double diskBytesPerSec, double netBytesPerSec) {
    public static final GuestStats NONE = new GuestStats(0, 0, 0, 0);
}
