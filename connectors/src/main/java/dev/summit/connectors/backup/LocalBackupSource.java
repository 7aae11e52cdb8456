package dev.summit.connectors.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Backups in a folder of this machine, where libvirtd runs too: plain files. */
record LocalBackupSource() implements BackupSource {
    @Override
    public boolean isFinished(Path backup) {
        return BackupFolder.isBackup(backup);
    }

    @Override
    public boolean isUnfinished(Path backup) {
        return Files.exists(backup.resolve(BackupFolder.UNFINISHED));
    }

    @Override
    public StoredBackup read(Path backup) {
        return BackupFolder.read(backup);
    }

    @Override
    public boolean has(Path backup, String file) {
        return Files.isRegularFile(backup.resolve(file));
    }

    @Override
    public String definition(Path backup) {
        try {
            return Files.readString(backup.resolve(BackupFolder.DEFINITION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
    }
}
