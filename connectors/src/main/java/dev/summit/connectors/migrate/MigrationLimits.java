package dev.summit.connectors.migrate;

/**
 * How hard a migration may push.
 *
 * @param bandwidthMiBs cap on the copy, MiB/s; 0 = no cap
 * @param maxDowntimeMs longest pause allowed for the final switch; 0 = libvirt's default
 */
public record MigrationLimits(long bandwidthMiBs, long maxDowntimeMs) {
    public static final MigrationLimits NONE = new MigrationLimits(0, 0);
}
