package dev.summit.connectors.backup;

/** Full: every allocated cluster of each disk. Incremental: only what changed since the parent backup's checkpoint. */
public enum BackupKind {
    FULL, INCREMENTAL;

    public String word() {
        return name().toLowerCase();
    }

    public static BackupKind of(String word) {
        return valueOf(word.toUpperCase());
    }
}
