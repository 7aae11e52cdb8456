package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.jna.NativeBackup;
import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.ops.UndoStack;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DomainDisk;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs a running guest up into a new sub-folder of the chosen folder with a libvirt push-mode
 * backup job: each disk as qcow2, the definition, then the manifest. Every backup of qcow2 v3
 * disks makes a checkpoint (a persistent bitmap per disk), which the next incremental backup
 * starts from. A cancelled or failed job leaves neither the folder nor the checkpoint behind.
 *
 * Opens its own connection, as a migration does: the job runs for minutes while the host's worker
 * carries on, and its statistics are read from this thread.
 */
public final class CreateBackup {
    private static final Logger LOG = LoggerFactory.getLogger(CreateBackup.class);
    private static final long POLL_MS = 250;

    private final BackupRequest request;
    private final BackupJournal journal;
    private boolean noted;

    public CreateBackup(BackupRequest request) {
        this(request, BackupJournal.none());
    }

    /** @param journal where the job is noted while it runs, for the next start to find if Summit dies */
    public CreateBackup(BackupRequest request, BackupJournal journal) {
        this.request = request;
        this.journal = journal;
    }

    /** Every reason the backup cannot be made; empty when it can. Changes nothing. */
    public List<String> precheck() throws BackupFailed {
        try (OwnConnection own = new OwnConnection(request.uri()); BackupTarget target = target(own.conn)) {
            return BackupPrecheck.problems(own.conn, request, target).problems();
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not read the guest: " + LibvirtFailure.reason(e) + ".", e);
        }
    }

    /** {@link #run} on a thread of its own. */
    public CompletableFuture<StoredBackup> start(OperationProgress progress, CancelSignal cancel) {
        return BackgroundRun.start("backup " + request.uuid(), () -> run(progress, cancel));
    }

    /** Makes the backup, blocking until it is complete, failed or cancelled. */
    public StoredBackup run(OperationProgress progress, CancelSignal cancel) throws BackupFailed {
        try (OwnConnection own = new OwnConnection(request.uri()); BackupTarget target = target(own.conn)) {
            Connect conn = own.conn;
            BackupPrecheck.Result checked = BackupPrecheck.problems(conn, request, target);
            if (!checked.problems().isEmpty()) {
                throw new BackupFailed(String.join(" ", checked.problems()));
            }
            Domain guest = conn.domainLookupByUUIDString(request.uuid());
            UndoStack undo = new UndoStack();
            boolean settled = true;
            try {
                return backUp(conn, target, guest, checked, undo, progress, cancel);
            } catch (BackupFailed | LibvirtException | IOException | RuntimeException e) {
                List<String> left = undo.unwind();
                settled = left.isEmpty();
                String why = e instanceof LibvirtException l ? LibvirtFailure.reason(l) + "."
                        : e instanceof IOException io ? "Could not write the backup: " + io + "." : e.getMessage();
                throw new BackupFailed(why + (left.isEmpty() ? " Nothing of the backup was left."
                        : " Left behind: " + String.join(", ", left) + (noted ? "; Summit checks it again at its next start"
                        : "") + "."), e);
            } finally {
                // Only once the undos have run, and only when they undid everything: a Summit killed while cleaning
                // up, or a libvirtd that died mid-job (its checkpoint then cannot be removed now), leaves the note
                // for the next start to settle.
                if (noted && settled) {
                    journal.finish(request.uuid());
                }
            }
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not back up: " + LibvirtFailure.reason(e) + ".", e);
        }
    }

    /** This machine's folder when libvirtd runs here, else the host's own through libvirt. */
    private BackupTarget target(Connect conn) throws LibvirtException {
        return BackupPrecheck.isLocal(request.uri()) ? new LocalBackupTarget(request.folder())
                : new HostBackupTarget(conn, request.folder());
    }

    private StoredBackup backUp(Connect conn, BackupTarget target, Domain guest, BackupPrecheck.Result checked, UndoStack undo,
                                OperationProgress progress, CancelSignal cancel)
            throws BackupFailed, LibvirtException, IOException {
        String name = guest.getName();
        Instant time = Instant.now();
        String checkpoint = checked.checkpoints() ? BackupFolder.checkpointName(time) : null;
        Path folder = target.newFolder(BackupFolder.folderName(name, time));
        undo.push("folder " + folder, () -> removeQuietly(target, folder));
        target.write(folder, BackupFolder.UNFINISHED, BackupFolder.unfinishedJson(name, request.uuid(), checkpoint,
                request.kind()));
        journal.write(new BackupJournal.Entry(conn.getURI(), request.uuid(), name, folder, checkpoint, time));
        noted = true;
        target.write(folder, BackupFolder.DEFINITION, guest.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE));
        BackupDisks disks = new BackupDisks(guest.getXMLDesc(0));
        String parentCheckpoint = checked.parent() == null ? null : checked.parent().manifest().checkpoint();
        progress.report(0, 0, "Starting the " + request.kind().word() + " backup of " + name);
        NativeBackup.begin(conn, request.uuid(), disks.backupXml(folder.toString(), parentCheckpoint),
                checkpoint == null ? null : disks.checkpointXml(checkpoint));
        if (checkpoint != null) {
            undo.push("checkpoint " + checkpoint + " of " + name,
                    () -> NativeBackup.deleteCheckpoint(conn, request.uuid(), checkpoint, false));
        }
        awaitJob(conn, name, progress, cancel);
        List<BackupManifest.Disk> written = new ArrayList<>();
        for (DomainDisk disk : disks.copied()) {
            written.add(new BackupManifest.Disk(disk.target(), BackupDisks.fileOf(disk), disk.source(),
                    guest.blockInfo(disk.target()).getCapacity(), target.size(folder, BackupDisks.fileOf(disk))));
        }
        BackupManifest manifest = new BackupManifest(name, request.uuid(), time, request.kind(),
                checked.parent() == null ? null : checked.parent().name(), checkpoint, written);
        progress.report(1, manifest.totalSize(), "Writing the manifest of " + name + "'s backup");
        target.finish(folder, manifest);
        return new StoredBackup(folder, manifest);
    }

    /** Polls the job until it ends; a cancel aborts it. Throws unless libvirt reports it completed. */
    private void awaitJob(Connect conn, String name, OperationProgress progress, CancelSignal cancel)
            throws BackupFailed, LibvirtException {
        boolean aborted = false;
        while (true) {
            if (cancel.isCancelled() && !aborted) {
                aborted = true;
                progress.report(0, 0, "Cancelling the backup of " + name);
                try {
                    NativeMigration.abortJob(conn, request.uuid());
                } catch (LibvirtException e) {
                    LOG.debug("abort of {}'s backup: {}", name, LibvirtFailure.reason(e));
                }
            }
            NativeMigration.JobStats stats = NativeMigration.jobStats(conn, request.uuid(), false);
            if (stats.type() == NativeMigration.JobStats.NONE) {
                break;
            }
            long done = Math.max(0, stats.number("disk_processed"));
            long total = stats.number("disk_total");
            if (total > 0 && !aborted) {
                progress.report((double) done / total, done, "Backing up " + name + ": "
                        + ByteSize.human(done) + " of " + ByteSize.human(total));
            }
            sleep();
        }
        NativeMigration.JobStats end = NativeMigration.jobStats(conn, request.uuid(), true);
        if (aborted || cancel.isCancelled()) {
            throw new BackupFailed("The backup of " + name + " was cancelled; " + name + " keeps running.");
        }
        if (end.type() != NativeMigration.JobStats.COMPLETED) {
            Object why = end.fields().get("errmsg");
            throw new BackupFailed("The backup of " + name + " failed" + (why == null ? "" : ": " + why) + ".");
        }
    }

    private static void sleep() throws BackupFailed {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailed("The backup was interrupted.", e);
        }
    }

    private static void removeQuietly(BackupTarget target, Path folder) {
        try {
            target.remove(folder);
        } catch (IOException | LibvirtException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
