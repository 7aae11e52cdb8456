package dev.summit.connectors.backup;

import java.nio.file.Path;

/** A finished backup: its folder and what its manifest says. */
public record StoredBackup(Path folder, BackupManifest manifest) {
    public String name() {
        return folder.getFileName().toString();
    }
}
