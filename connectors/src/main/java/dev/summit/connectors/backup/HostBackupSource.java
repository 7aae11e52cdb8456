package dev.summit.connectors.backup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Backups in a folder of another machine, read through libvirt: each backup's folder is opened
 * once as a transient pool ({@link HostFolder}) and kept open until the restore ends, so its
 * images can be copied from as volumes. Closing destroys those pools and leaves the files.
 */
final class HostBackupSource implements BackupSource {
    private final Connect conn;
    private final Map<Path, Optional<HostFolder>> open = new HashMap<>();

    HostBackupSource(Connect conn) {
        this.conn = conn;
    }

    /** The backup's folder, or empty when the host has no such folder. */
    private Optional<HostFolder> folder(Path backup) throws LibvirtException {
        Optional<HostFolder> known = open.get(backup);
        if (known != null) {
            return known;
        }
        Optional<HostFolder> opened;
        try {
            opened = Optional.of(HostFolder.open(conn, backup));
        } catch (LibvirtException e) {
            if (!String.valueOf(e.getMessage()).contains("No such file or directory")
                    && !String.valueOf(e.getMessage()).contains("Not a directory")) {
                throw e;
            }
            opened = Optional.empty();
        }
        open.put(backup, opened);
        return opened;
    }

    @Override
    public boolean isFinished(Path backup) throws LibvirtException {
        Optional<HostFolder> folder = folder(backup);
        return folder.isPresent() && folder.get().has(BackupManifest.FILE) && !folder.get().has(BackupFolder.UNFINISHED);
    }

    @Override
    public boolean isUnfinished(Path backup) throws LibvirtException {
        Optional<HostFolder> folder = folder(backup);
        return folder.isPresent() && folder.get().has(BackupFolder.UNFINISHED);
    }

    @Override
    public StoredBackup read(Path backup) throws LibvirtException {
        return new StoredBackup(backup, BackupManifest.parse(existing(backup).read(BackupManifest.FILE)));
    }

    @Override
    public boolean has(Path backup, String file) throws LibvirtException {
        Optional<HostFolder> folder = folder(backup);
        return folder.isPresent() && folder.get().has(file);
    }

    @Override
    public String definition(Path backup) throws LibvirtException {
        return existing(backup).read(BackupFolder.DEFINITION);
    }

    /** One of the backup's files as a volume of the host, to copy from with libvirt's storage API. */
    StorageVol volume(Path backup, String file) throws LibvirtException {
        return existing(backup).volume(file);
    }

    private HostFolder existing(Path backup) throws LibvirtException {
        return folder(backup).orElseThrow(() -> new IllegalArgumentException("There is no folder " + backup + " on the host."));
    }

    @Override
    public void close() {
        open.values().forEach(folder -> folder.ifPresent(HostFolder::close));
        open.clear();
    }
}
