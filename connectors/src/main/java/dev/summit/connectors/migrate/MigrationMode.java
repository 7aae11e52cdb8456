package dev.summit.connectors.migrate;

/** How the guest travels. */
public enum MigrationMode {
    /** Keeps running while its memory is copied; stops only for the last few milliseconds. */
    LIVE,
    /** Paused for the whole copy and resumed on arrival (or kept paused): slower, but always converges. */
    PAUSED,
    /** A shut-off guest: only its definition moves; the disks must already be visible on the destination. */
    OFFLINE
}
