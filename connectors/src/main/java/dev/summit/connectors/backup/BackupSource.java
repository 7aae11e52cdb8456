package dev.summit.connectors.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.LibvirtException;

/**
 * Where a restore reads a backup from: this machine's file system when libvirtd runs here
 * ({@link LocalBackupSource}), or the host's own through libvirt's storage API when it is another
 * machine ({@link HostBackupSource}). A backup's files are only ever read.
 */
sealed interface BackupSource extends AutoCloseable permits LocalBackupSource, HostBackupSource {
    /** A folder with a manifest and without the marker of a job that never finished. */
    boolean isFinished(Path backup) throws LibvirtException;

    /** A folder whose job never finished (it still holds {@code unfinished.json}). */
    boolean isUnfinished(Path backup) throws LibvirtException;

    StoredBackup read(Path backup) throws LibvirtException;

    boolean has(Path backup, String file) throws LibvirtException;

    String definition(Path backup) throws LibvirtException;

    @Override
    void close();

    /** The backups a restore of {@code backup} reads, the full one first; refused when a link is missing. */
    default List<StoredBackup> chain(StoredBackup backup) throws LibvirtException {
        List<StoredBackup> chain = new ArrayList<>();
        StoredBackup at = backup;
        while (true) {
            chain.add(0, at);
            String parent = at.manifest().parent();
            if (at.manifest().kind() == BackupKind.FULL || parent == null) {
                return chain;
            }
            Path parentDir = backup.folder().resolveSibling(parent);
            if (!isFinished(parentDir) || chain.size() > 10_000) {
                throw new IllegalArgumentException("Backup '" + at.name() + "' builds on '" + parent
                        + "', which is not a finished backup in " + backup.folder().getParent() + ".");
            }
            at = read(parentDir);
        }
    }

    static BackupSource of(String uri, org.libvirt.Connect conn) {
        return BackupPrecheck.isLocal(uri) ? new LocalBackupSource() : new HostBackupSource(conn);
    }
}
