package dev.summit.connectors.backup;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.jna.NativeBackup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * What a backup job interrupted by the death of Summit or libvirtd left on a host, found at the next
 * start from the {@link BackupJournal}: a job still running with nobody waiting (left alone, and
 * checked again next time), or one that ended unseen — its folder stays marked unfinished (never
 * listed as a backup) and the checkpoint it made, which no finished backup uses, is removed.
 */
public final class BackupLeftovers {
    private BackupLeftovers() {
    }

    /** Sentences for the user, none when all is well; each note settled is cleared. */
    public static CompletableFuture<List<String>> check(HostSession host, BackupJournal journal) {
        return host.submit("check the backups on", null, conn -> check(conn, journal));
    }

    public static List<String> check(Connect conn, BackupJournal journal) throws LibvirtException {
        List<String> found = new ArrayList<>();
        String uri = conn.getURI();
        for (BackupJournal.Entry entry : journal.pending()) {
            if (entry.hostUri().equals(uri)) {
                found.add(settle(conn, entry, journal));
            }
        }
        return found;
    }

    /** Whether the backup's manifest was written and its marker removed: on this machine, or read through libvirt. */
    private static boolean finished(Connect conn, java.nio.file.Path folder) throws LibvirtException {
        if (BackupCheck.onThisMachine(conn.getURI())) {
            return BackupFolder.isBackup(folder);
        }
        try (HostFolder backup = HostFolder.open(conn, folder)) {
            return backup.has(BackupManifest.FILE) && !backup.has(BackupFolder.UNFINISHED);
        } catch (LibvirtException gone) {
            return false;
        }
    }

    /** The backup's folder is no longer there (Summit removed it when the job failed, libvirtd's death aside). */
    private static boolean gone(Connect conn, java.nio.file.Path folder) throws LibvirtException {
        if (BackupCheck.onThisMachine(conn.getURI())) {
            return !java.nio.file.Files.isDirectory(folder);
        }
        try (HostFolder ignored = HostFolder.open(conn, folder)) {
            return false;
        } catch (LibvirtException e) {
            return LibvirtFailure.reason(e).contains("No such file or directory");
        }
    }

    private static String settle(Connect conn, BackupJournal.Entry entry, BackupJournal journal) {
        String what = "The backup of " + entry.guest() + " into " + entry.folder() + " (started " + entry.started() + ")";
        Domain domain;
        try {
            domain = conn.domainLookupByUUIDString(entry.uuid());
        } catch (LibvirtException gone) {
            journal.finish(entry.uuid());
            return what + " was interrupted, and " + entry.guest() + " is no longer on this host; the folder stays"
                    + " marked unfinished.";
        }
        try {
            String job = NativeBackup.runningJobXml(conn, entry.uuid());
            if (job != null && job.contains(entry.folder() + "/")) {
                return what + " is still running in libvirt with no Summit waiting for it; it will be checked again"
                        + " at the next start.";
            }
            String state = domain.isActive() == 1 ? "running" : "shut off";
            if (finished(conn, entry.folder())) {
                journal.finish(entry.uuid());
                return what + " had finished before Summit stopped; it is listed as usual. " + entry.guest() + " is "
                        + state + ".";
            }
            String checkpoint = "";
            if (entry.checkpoint() != null && NativeBackup.checkpoints(conn, entry.uuid()).contains(entry.checkpoint())) {
                NativeBackup.deleteCheckpoint(conn, entry.uuid(), entry.checkpoint(), false);
                checkpoint = " Its checkpoint " + entry.checkpoint() + ", which no finished backup uses, was removed"
                        + " from " + entry.guest() + ".";
            }
            journal.finish(entry.uuid());
            String folder = gone(conn, entry.folder()) ? "its folder was already removed."
                    : "the folder stays marked unfinished (never listed or restored; Restore Backup's Clean Up removes it).";
            return what + " was interrupted: " + folder + checkpoint + " " + entry.guest() + " is " + state + ".";
        } catch (LibvirtException e) {
            return what + " was interrupted, and Summit could not check it now: " + LibvirtFailure.reason(e)
                    + "; it will be checked again at the next start.";
        }
    }
}
