package dev.summit.app.cli;

import dev.summit.app.guest.snapshots.SnapshotFolder;
import dev.summit.app.store.StoreLocation;
import dev.summit.connectors.backup.BackupJournal;
import dev.summit.connectors.backup.BackupLeftovers;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.snapshots.SnapshotLeftovers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up check of every snapshot and backup verb: what a revert, merge or backup interrupted
 * by the death of Summit or libvirtd left on the host, said on stderr before the verb does anything.
 */
final class LeftoverCheck {
    private LeftoverCheck() {
    }

    static Path dataFolder() {
        return StoreLocation.forCurrentUser().directory();
    }

    static BackupJournal backupJournal() {
        return BackupJournal.in(dataFolder());
    }

    static void report(HostSession session, PrintWriter err) throws InterruptedException {
        List<String> found = new ArrayList<>(CliSession.await(
                SnapshotLeftovers.check(session, new SnapshotFolder(dataFolder()).journal())));
        found.addAll(CliSession.await(BackupLeftovers.check(session, backupJournal())));
        found.forEach(line -> err.println("summit: " + line));
        err.flush();
    }
}
