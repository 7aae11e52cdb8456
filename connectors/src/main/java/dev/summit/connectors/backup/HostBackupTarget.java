package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * A folder on the guest's own host when that is another machine: the folder, each backup's
 * sub-folder and its small files are made, read and removed through libvirt ({@link HostFolder}),
 * never through this machine's file system.
 */
final class HostBackupTarget implements BackupTarget {
    private static final String BACKUP_MODE = "0711";

    private final Connect conn;
    private final Path folder;
    private final String host;
    private final Map<Path, HostFolder> open = new HashMap<>();
    private HostFolder top;
    private String missing;

    HostBackupTarget(Connect conn, Path folder) throws LibvirtException {
        this.conn = conn;
        this.folder = folder;
        this.host = conn.getHostName();
        try {
            top = HostFolder.open(conn, folder);
        } catch (LibvirtException e) {
            String reason = LibvirtFailure.reason(e);
            missing = reason.contains("No such file or directory") ? "The backup folder " + folder + " does not exist on "
                    + host + "." : "The backup folder " + folder + " on " + host + " cannot be used: " + reason + ".";
        }
    }

    @Override
    public String folderProblem() {
        return missing != null ? missing : top.writableProblem(host);
    }

    @Override
    public long available() throws LibvirtException {
        return top == null ? 0 : top.available();
    }

    @Override
    public Optional<StoredBackup> newestOf(String uuid) throws LibvirtException {
        return scan().finished().stream().filter(b -> b.manifest().uuid().equals(uuid)).reduce((older, newer) -> newer);
    }

    /** A folder's finished backups (oldest first) and unfinished sub-folders, read through libvirt. */
    record Scan(List<StoredBackup> finished, List<UnfinishedBackup> unfinished) {
    }

    Scan scan() throws LibvirtException {
        List<StoredBackup> finished = new ArrayList<>();
        List<UnfinishedBackup> unfinished = new ArrayList<>();
        for (String name : top.subfolders()) {
            Path sub = folder.resolve(name);
            try (HostFolder backup = HostFolder.open(conn, sub)) {
                if (backup.has(BackupFolder.UNFINISHED)) {
                    unfinished.add(BackupFolder.unfinishedFrom(sub, readQuietly(backup, BackupFolder.UNFINISHED)));
                } else if (backup.has(BackupManifest.FILE)) {
                    finished.add(new StoredBackup(sub, BackupManifest.parse(backup.read(BackupManifest.FILE))));
                }
            } catch (IllegalArgumentException damaged) {
                // A damaged manifest is not a backup Summit can restore or build on; skip it.
            }
        }
        finished.sort(Comparator.comparing((StoredBackup b) -> b.manifest().time()));
        return new Scan(finished, unfinished);
    }

    private static String readQuietly(HostFolder backup, String file) {
        try {
            return backup.read(file);
        } catch (LibvirtException e) {
            return "";
        }
    }

    @Override
    public Path newFolder(String name) throws LibvirtException {
        List<String> taken = top.subfolders();
        String free = name;
        for (int n = 2; taken.contains(free); n++) {
            free = name + "-" + n;
        }
        Path backup = folder.resolve(free);
        open.put(backup, HostFolder.create(conn, backup, BACKUP_MODE));
        return backup;
    }

    @Override
    public void write(Path backup, String file, String text) throws LibvirtException {
        open.get(backup).write(file, text);
    }

    @Override
    public long size(Path backup, String file) throws LibvirtException {
        return open.get(backup).allocation(file);
    }

    @Override
    public void finish(Path backup, BackupManifest manifest) throws LibvirtException {
        HostFolder sub = open.get(backup);
        sub.write(BackupManifest.FILE, manifest.toJson());
        sub.delete(BackupFolder.UNFINISHED);
    }

    @Override
    public void remove(Path backup) throws LibvirtException {
        HostFolder sub = open.remove(backup);
        if (sub != null) {
            sub.removeAll();
            sub.close();
        }
    }

    @Override
    public void close() {
        open.values().forEach(HostFolder::close);
        if (top != null) {
            top.close();
        }
    }
}
