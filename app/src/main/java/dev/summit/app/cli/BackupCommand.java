package dev.summit.app.cli;

import dev.summit.connectors.backup.BackupCheck;
import dev.summit.connectors.backup.BackupFolder;
import dev.summit.connectors.backup.BackupKind;
import dev.summit.connectors.backup.BackupManifest;
import dev.summit.connectors.backup.BackupRequest;
import dev.summit.connectors.backup.CreateBackup;
import dev.summit.connectors.backup.RestoreBackup;
import dev.summit.connectors.backup.RestoreRequest;
import dev.summit.connectors.backup.StoredBackup;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.units.ByteSize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Backups of running guests into a folder of the host, their list, and restores. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back a running guest up into a folder (full or incremental), list a folder's backups, restore one.")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new BackupCommand());
        line.addSubcommand("create", new Create());
        line.addSubcommand("list", new ListBackups());
        line.addSubcommand("restore", new Restore());
        return line;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * A folder named on the command line: on this machine relative to the working folder; on another
     * machine only a full path means anything, as there is no working folder there.
     */
    static Path folderOf(String uri, Path dir) {
        if (BackupCheck.onThisMachine(uri)) {
            return dir.toAbsolutePath();
        }
        if (!dir.isAbsolute()) {
            throw new IllegalArgumentException(dir + " is a relative path; give the folder's full path on the host of " + uri);
        }
        return dir.normalize();
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Back up a running guest: each disk as qcow2, its definition and a manifest, in a new sub-folder of DIR.")
    static final class Create implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The guest (running).")
        String name;

        @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder of backups, on the guest's host (a full path there when that is another machine).")
        Path to;

        @Option(names = "--incremental", description = "Only what changed since the guest's newest backup in DIR"
                + " (its disks must be qcow2 v3).")
        boolean incremental;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (CliSession cli = new CliSession(err)) {
                HostSession session = cli.connect(host);
                LeftoverCheck.report(session, err);
                GuestSummary guest = CliSession.guest(session, name);
                BackupRequest request = new BackupRequest(session.uri(), guest.uuid(), folderOf(session.uri(), to),
                        incremental ? BackupKind.INCREMENTAL : BackupKind.FULL);
                CreateBackup backup = new CreateBackup(request, LeftoverCheck.backupJournal());
                List<String> problems = backup.precheck();
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> err.println("summit: " + problem));
                    return 1;
                }
                long started = System.nanoTime();
                TenthPrinter progress = new TenthPrinter(err);
                StoredBackup made = cli.run(session, name, "backup", () -> backup.start(progress, new CancelSignal()));
                out.println("backed up " + name + " → " + made.folder() + " (" + made.manifest().kind().word() + ", "
                        + ByteSize.human(made.manifest().totalSize()) + ") in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the finished backups in DIR, and report unfinished ones and checkpoints they left.")
    static final class ListBackups implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "DIR", description = "A folder of backups (or one backup's own folder).")
        Path dir;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            String uri;
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                LeftoverCheck.report(session, spec.commandLine().getErr());
                uri = session.uri();
            }
            Path folder = folderOf(uri, dir);
            // A folder of another machine is read through libvirt, which says itself when it is missing.
            if (BackupCheck.onThisMachine(uri) && !folder.toFile().isDirectory()) {
                throw new IllegalArgumentException(folder + " is not a folder");
            }
            BackupCheck.Findings findings = BackupCheck.inspect(uri, folder);
            if (json) {
                out.print(Json.value(asJson(findings)));
                out.flush();
                return 0;
            }
            out.printf("%-44s %-11s %-20s %10s  %s%n", "BACKUP", "KIND", "TIME", "SIZE", "PARENT");
            for (StoredBackup backup : findings.backups()) {
                BackupManifest m = backup.manifest();
                out.printf("%-44s %-11s %-20s %10s  %s%n", backup.name(), m.kind().word(),
                        m.time().toString().replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", ""),
                        ByteSize.human(m.totalSize()), m.parent() == null ? "-" : m.parent());
            }
            findings.sentences().forEach(line -> out.println("! " + line));
            return 0;
        }

        private static Map<String, Object> asJson(BackupCheck.Findings findings) {
            List<Object> backups = new ArrayList<>();
            for (StoredBackup backup : findings.backups()) {
                BackupManifest m = backup.manifest();
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("folder", backup.folder().toString());
                b.put("guest", m.guest());
                b.put("uuid", m.uuid());
                b.put("time", m.time().toString());
                b.put("kind", m.kind().word());
                b.put("parent", m.parent());
                b.put("checkpoint", m.checkpoint());
                List<Object> disks = new ArrayList<>();
                for (BackupManifest.Disk disk : m.disks()) {
                    disks.add(new LinkedHashMap<>(Map.of("target", disk.target(), "file", disk.file(),
                            "virtualSize", disk.virtualSize(), "size", disk.size())));
                }
                b.put("disks", disks);
                backups.add(b);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("backups", backups);
            json.put("problems", findings.sentences());
            return json;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup: in place onto its shut-off guest, or with --as as a new guest.")
    static final class Restore implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "DIR", description = "One backup's folder, or a folder of backups (its newest is restored).")
        Path dir;

        @Option(names = "--as", paramLabel = "NEWNAME", description = "Restore as a new guest of this name (new UUID and MACs).")
        String as;

        @Option(names = "--pool", paramLabel = "P", description = "The storage pool for the new guest's disks (default: default).")
        String pool;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (pool != null && as == null) {
                throw new IllegalArgumentException("--pool goes with --as: an in-place restore writes over the guest's own disks");
            }
            try (CliSession cli = new CliSession(err)) {
                HostSession session = cli.connect(host);
                LeftoverCheck.report(session, err);
                // Another machine's folder is read there, through libvirt; DIR is a path on that machine.
                Path backup = BackupCheck.onThisMachine(session.uri()) ? chosen(folderOf(session.uri(), dir), err)
                        : chosenOnHost(session.uri(), folderOf(session.uri(), dir), err);
                RestoreBackup restore = new RestoreBackup(new RestoreRequest(session.uri(), backup, as, pool));
                List<String> problems = restore.precheck();
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> err.println("summit: " + problem));
                    return 1;
                }
                TenthPrinter progress = new TenthPrinter(err);
                String guest = cli.run(session, as, "restore backup", () -> restore.start(progress, new CancelSignal()));
                out.println((as == null ? "restored " + guest + " in place" : "restored as " + guest) + " from " + backup);
                return 0;
            }
        }

        /** DIR itself when it is one backup (it then has no backups in it), else the newest backup in it. */
        private static Path chosenOnHost(String uri, Path dir, PrintWriter err) {
            List<StoredBackup> all = BackupCheck.inspect(uri, dir).backups();
            if (all.isEmpty()) {
                return dir;
            }
            StoredBackup newest = all.get(all.size() - 1);
            err.println("summit: restoring the newest backup in " + dir + ": " + newest.name());
            return newest.folder();
        }

        private static Path chosen(Path dir, PrintWriter err) {
            if (BackupFolder.isBackup(dir)) {
                return dir;
            }
            List<StoredBackup> all = BackupFolder.list(dir);
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no finished backup in " + dir);
            }
            StoredBackup newest = all.get(all.size() - 1);
            err.println("summit: restoring the newest backup in " + dir + ": " + newest.name());
            return newest.folder();
        }
    }
}
