package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.jna.NativeBackup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.LibvirtException;

/**
 * What a folder of backups holds and what an interrupted job left: the finished backups, the
 * unfinished folders (Summit or libvirtd stopped mid-job) and, for those, the checkpoints the
 * guest still has although no finished backup uses them. The backup window and
 * {@code summit backup list} run it on every folder they open; {@link #cleanUp} removes the leftovers.
 */
public final class BackupCheck {
    /** An unfinished folder, whether its job still runs, and whether the guest still has its checkpoint. */
    public record Leftover(UnfinishedBackup folder, boolean running, boolean checkpointLeft) {
        public String sentence() {
            String guest = folder.guest() == null ? "an unknown guest" : "'" + folder.guest() + "'";
            if (running) {
                return "Backup of " + guest + " in " + folder.folder().getFileName() + " is still running.";
            }
            return "Unfinished backup of " + guest + " in " + folder.folder().getFileName()
                    + " (interrupted; not restorable)" + (checkpointLeft
                    ? "; its checkpoint " + folder.checkpoint() + " is still on the guest (dangling)." : ".");
        }
    }

    /** @param problem why the host could not be asked about checkpoints, or null */
    public record Findings(List<StoredBackup> backups, List<Leftover> leftovers, String problem) {
        public List<String> sentences() {
            List<String> lines = new ArrayList<>(leftovers.stream().map(Leftover::sentence).toList());
            if (problem != null) {
                lines.add(problem);
            }
            return lines;
        }
    }

    private BackupCheck() {
    }

    /** Whether libvirtd of {@code uri} runs on this machine, whose file system Summit then reads itself. */
    public static boolean onThisMachine(String uri) {
        return BackupPrecheck.isLocal(uri);
    }

    /** The name of the other machine {@code uri} reaches, whose folders Summit reads through libvirt; null for this one. */
    public static String otherMachine(String uri) {
        return onThisMachine(uri) ? null : java.net.URI.create(uri).getHost();
    }

    /** Why {@code folder} cannot name a folder of {@code uri}'s host, or null: another machine has no working folder. */
    public static String pathProblem(String uri, String folder) {
        return onThisMachine(uri) || Path.of(folder).isAbsolute() ? null
                : "Give the folder's full path on " + otherMachine(uri) + " (starting with /).";
    }

    public static Findings inspect(String uri, Path dir) {
        if (!onThisMachine(uri)) {
            return inspectOnHost(uri, dir);
        }
        List<StoredBackup> backups = BackupFolder.list(dir);
        List<UnfinishedBackup> unfinished = BackupFolder.unfinished(dir);
        List<Leftover> leftovers = new ArrayList<>();
        if (unfinished.isEmpty()) {
            return new Findings(backups, leftovers, null);
        }
        try (OwnConnection own = new OwnConnection(uri)) {
            for (UnfinishedBackup folder : unfinished) {
                leftovers.add(leftover(own, folder));
            }
            return new Findings(backups, leftovers, null);
        } catch (LibvirtException e) {
            unfinished.forEach(u -> leftovers.add(new Leftover(u, false, false)));
            return new Findings(backups, leftovers, "Could not ask " + uri + " about the guests' checkpoints: "
                    + LibvirtFailure.reason(e) + ".");
        }
    }

    /** The same, for a folder on another machine: read through libvirt's storage API. */
    private static Findings inspectOnHost(String uri, Path dir) {
        List<Leftover> leftovers = new ArrayList<>();
        try (OwnConnection own = new OwnConnection(uri); HostBackupTarget target = new HostBackupTarget(own.conn, dir)) {
            String problem = target.folderProblem();
            if (problem != null && (problem.contains("does not exist") || problem.contains("cannot be used"))) {
                return new Findings(List.of(), leftovers, problem);
            }
            HostBackupTarget.Scan scan = target.scan();
            for (UnfinishedBackup folder : scan.unfinished()) {
                leftovers.add(leftover(own, folder));
            }
            return new Findings(scan.finished(), leftovers, null);
        } catch (LibvirtException e) {
            return new Findings(List.of(), leftovers, "Could not read " + dir + " on " + uri + ": "
                    + LibvirtFailure.reason(e) + ".");
        }
    }

    private static Leftover leftover(OwnConnection own, UnfinishedBackup folder) {
        if (folder.uuid() == null) {
            return new Leftover(folder, false, false);
        }
        try {
            String job = NativeBackup.runningJobXml(own.conn, folder.uuid());
            boolean running = job != null && job.contains(folder.folder().toString() + "/");
            boolean left = folder.checkpoint() != null
                    && NativeBackup.checkpoints(own.conn, folder.uuid()).contains(folder.checkpoint());
            return new Leftover(folder, running, left);
        } catch (LibvirtException e) {
            // The guest is gone (or the host cannot say): nothing of it to clean but the folder.
            return new Leftover(folder, false, false);
        }
    }

    /** Removes each interrupted folder and its dangling checkpoint; running jobs are left alone. Returns what it did. */
    public static List<String> cleanUp(String uri, Path dir) {
        List<String> done = new ArrayList<>();
        Findings findings = inspect(uri, dir);
        try (OwnConnection own = new OwnConnection(uri)) {
            for (Leftover leftover : findings.leftovers()) {
                if (leftover.running()) {
                    continue;
                }
                UnfinishedBackup folder = leftover.folder();
                if (leftover.checkpointLeft()) {
                    NativeBackup.deleteCheckpoint(own.conn, folder.uuid(), folder.checkpoint(), false);
                    done.add("Deleted checkpoint " + folder.checkpoint() + " of '" + folder.guest() + "'.");
                }
                if (onThisMachine(uri)) {
                    BackupFolder.remove(folder.folder());
                } else {
                    try (HostFolder sub = HostFolder.open(own.conn, folder.folder())) {
                        sub.removeAll();
                    }
                }
                done.add("Removed unfinished backup folder " + folder.folder().getFileName() + ".");
            }
        } catch (LibvirtException e) {
            done.add("Could not finish cleaning up: " + LibvirtFailure.reason(e) + ".");
        } catch (IOException e) {
            done.add("Could not finish cleaning up: " + e.getMessage() + ".");
        }
        return done;
    }
}
