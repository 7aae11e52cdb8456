package dev.summit.connectors.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.libvirt.LibvirtException;

/**
 * Where a new backup's folder and small files go: this machine's file system when libvirtd runs
 * here ({@link LocalBackupTarget}), or the host's own, through libvirt's storage API, when the guest
 * is on another machine ({@link HostBackupTarget}) — the job's images are written by QEMU on the
 * host either way.
 */
sealed interface BackupTarget extends AutoCloseable permits LocalBackupTarget, HostBackupTarget {
    /** What is wrong with the chosen folder (missing, not writable, not reachable by QEMU), or null. */
    String folderProblem() throws LibvirtException;

    long available() throws LibvirtException;

    /** The newest finished backup of the guest in the folder, for an incremental one to build on. */
    Optional<StoredBackup> newestOf(String uuid) throws LibvirtException;

    /** Makes a sub-folder {@code name} (or {@code name-2}, … when taken) and returns it. */
    Path newFolder(String name) throws IOException, LibvirtException;

    void write(Path backup, String file, String text) throws IOException, LibvirtException;

    long size(Path backup, String file) throws IOException, LibvirtException;

    /** The manifest appears, then the unfinished marker goes. */
    void finish(Path backup, BackupManifest manifest) throws IOException, LibvirtException;

    void remove(Path backup) throws IOException, LibvirtException;

    @Override
    void close();
}
