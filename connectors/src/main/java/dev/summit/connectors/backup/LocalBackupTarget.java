package dev.summit.connectors.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A folder of this machine, where libvirtd runs too: plain files. */
record LocalBackupTarget(Path folder) implements BackupTarget {
    @Override
    public String folderProblem() {
        return BackupFolder.writableProblem(folder);
    }

    @Override
    public long available() {
        return BackupFolder.usableSpace(folder);
    }

    @Override
    public Optional<StoredBackup> newestOf(String uuid) {
        return BackupFolder.newestOf(folder, uuid);
    }

    @Override
    public Path newFolder(String name) throws IOException {
        Path backup = BackupFolder.freeFolder(folder, name);
        BackupFolder.createBackupFolder(backup);
        return backup;
    }

    @Override
    public void write(Path backup, String file, String text) throws IOException {
        Files.writeString(backup.resolve(file), text);
    }

    @Override
    public long size(Path backup, String file) throws IOException {
        return Files.size(backup.resolve(file));
    }

    @Override
    public void finish(Path backup, BackupManifest manifest) throws IOException {
        BackupFolder.finish(backup, manifest);
    }

    @Override
    public void remove(Path backup) throws IOException {
        BackupFolder.remove(backup);
    }

    @Override
    public void close() {
    }
}
