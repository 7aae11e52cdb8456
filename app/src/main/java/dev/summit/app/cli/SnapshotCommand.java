package dev.summit.app.cli;

import dev.summit.app.guest.snapshots.SnapshotFolder;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.snapshots.CreateSnapshot;
import dev.summit.connectors.snapshots.DeleteSnapshot;
import dev.summit.connectors.snapshots.GuestScreenshot;
import dev.summit.connectors.snapshots.RevertSnapshot;
import dev.summit.connectors.snapshots.Snapshot;
import dev.summit.connectors.snapshots.SnapshotRequest;
import dev.summit.connectors.snapshots.SnapshotTree;
import dev.summit.connectors.snapshots.Snapshots;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** summit snapshot list|create|revert|delete: the same operations as the window's Snapshots tab. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "List, take, revert to and delete a guest's snapshots.")
final class SnapshotCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCommand.class);
    @Spec
    CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new SnapshotCommand());
        line.addSubcommand("list", new ListSnapshots());
        line.addSubcommand("create", new CreateSnapshotVerb());
        line.addSubcommand("revert", new RevertVerb());
        line.addSubcommand("delete", new DeleteVerb());
        return line;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** What every snapshot verb shares: the host, the guest, Summit's folder and the check for leftovers. */
    abstract static class GuestSnapshotVerb implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
        String name;

        @Spec
        CommandSpec spec;

        final SnapshotFolder folder = new SnapshotFolder(LeftoverCheck.dataFolder());

        @Override
        public Integer call() throws Exception {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                GuestSummary guest = CliSession.guest(session, name);
                LeftoverCheck.report(session, spec.commandLine().getErr());
                return run(cli, session, guest, spec.commandLine().getOut());
            }
        }

        abstract int run(CliSession cli, HostSession session, GuestSummary guest, PrintWriter out) throws Exception;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the guest's snapshots as a tree.")
    static final class ListSnapshots extends GuestSnapshotVerb {
        @Option(names = "--json", description = "Print the tree as JSON.")
        boolean json;

        @Override
        int run(CliSession cli, HostSession session, GuestSummary guest, PrintWriter out) throws Exception {
            SnapshotTree tree = CliSession.await(Snapshots.list(session, guest.uuid(), guest.name()));
            if (json) {
                out.print(Json.value(tree.roots().stream().map(root -> node(tree, root, guest.uuid())).toList()));
                out.flush();
            } else {
                tree.roots().forEach(root -> print(out, tree, root, 0));
                if (tree.snapshots().isEmpty()) {
                    out.println(guest.name() + " has no snapshots.");
                }
            }
            return 0;
        }

        private Map<String, Object> node(SnapshotTree tree, Snapshot snapshot, String guestUuid) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("name", snapshot.name());
            node.put("created", snapshot.created().toString());
            node.put("state", snapshot.state());
            node.put("type", snapshot.kind().name().toLowerCase().replace('_', '-'));
            node.put("current", snapshot.current());
            node.put("description", snapshot.description());
            node.put("thumbnail", java.nio.file.Files.exists(folder.thumbnail(guestUuid, snapshot.name()))
                    ? folder.thumbnail(guestUuid, snapshot.name()).toString() : null);
            node.put("children", tree.children(snapshot.name()).stream().map(child -> node(tree, child, guestUuid)).toList());
            return node;
        }

        private void print(PrintWriter out, SnapshotTree tree, Snapshot snapshot, int depth) {
            out.printf("%s%s %-24s  %s  %-8s  %-22s  %s%n", "  ".repeat(depth), snapshot.current() ? "*" : " ",
                    snapshot.name(), snapshot.created(), snapshot.state(), snapshot.kind().label(),
                    snapshot.description().lines().findFirst().orElse(""));
            tree.children(snapshot.name()).forEach(child -> print(out, tree, child, depth + 1));
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Take a snapshot; Summit chooses internal or external for the guest and says why.")
    static final class CreateSnapshotVerb extends GuestSnapshotVerb {
        @Option(names = "--name", paramLabel = "S", description = "The snapshot's name (default: one made from the time).")
        String snapshot;

        @Option(names = "--description", paramLabel = "D", description = "A description kept with it.")
        String description;

        @Option(names = "--external", description = "External (overlay files) even where internal would work.")
        boolean external;

        @Option(names = "--disk-only", description = "The disks only, without a running guest's memory (external).")
        boolean diskOnly;

        @Override
        int run(CliSession cli, HostSession session, GuestSummary guest, PrintWriter out) throws Exception {
            SnapshotRequest request = new SnapshotRequest(snapshot, description, external, diskOnly);
            CreateSnapshot.Created created = cli.run(session, guest.name(), "take snapshot",
                    () -> CreateSnapshot.apply(session, guest.uuid(), guest.name(), request));
            // The thumbnail's screen is taken once the snapshot exists; a snapshot needs none, so a failure only costs it.
            try {
                GuestScreenshot.apply(session, guest.uuid(), guest.name()).get()
                        .ifPresent(screen -> folder.saveThumbnail(guest.uuid(), created.snapshot().name(), screen));
            } catch (ExecutionException e) {
                LOG.info("no thumbnail for snapshot {}: {}", created.snapshot().name(), e.getCause().getMessage());
            }
            out.println("Took snapshot '" + created.snapshot().name() + "' of " + guest.name() + ": "
                    + created.why() + (created.quiesced() ? "; file systems frozen by the guest agent" : "") + ".");
            return 0;
        }
    }

    @Command(name = "revert", mixinStandardHelpOptions = true, description = "Bring the guest back to a snapshot.")
    static final class RevertVerb extends GuestSnapshotVerb {
        @Parameters(index = "1", paramLabel = "S", description = "The snapshot's name.")
        String snapshot;

        @Override
        int run(CliSession cli, HostSession session, GuestSummary guest, PrintWriter out) throws Exception {
            Snapshot reverted = cli.run(session, guest.name(), "revert to snapshot " + snapshot,
                    () -> RevertSnapshot.apply(session, guest.uuid(), guest.name(), snapshot, folder.journal()));
            out.println(guest.name() + " is back at snapshot '" + reverted.name() + "' (" + reverted.kind().label() + ").");
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a snapshot (an external one is merged into the disk), or it and its children.")
    static final class DeleteVerb extends GuestSnapshotVerb {
        @Parameters(index = "1", paramLabel = "S", description = "The snapshot's name.")
        String snapshot;

        @Option(names = "--children", description = "Also delete every snapshot taken after it on its branch.")
        boolean children;

        @Override
        int run(CliSession cli, HostSession session, GuestSummary guest, PrintWriter out) throws Exception {
            ProgressLine progress = new ProgressLine(out);
            List<String> deleted = cli.run(session, guest.name(), "delete snapshot " + snapshot,
                    () -> DeleteSnapshot.apply(session, guest.uuid(), guest.name(), snapshot, children, folder.journal(),
                            (fraction, bytes, sentence) -> progress.print(sentence)));
            deleted.forEach(gone -> folder.deleteThumbnail(guest.uuid(), gone));
            out.println("Deleted " + String.join(", ", deleted.stream().map(n -> "'" + n + "'").toList()) + " of "
                    + guest.name() + ".");
            return 0;
        }
    }

    /** Merge progress, at most twice a second. */
    private static final class ProgressLine {
        private final PrintWriter out;
        private long last;

        ProgressLine(PrintWriter out) {
            this.out = out;
        }

        synchronized void print(String sentence) {
            long now = System.nanoTime();
            if (now - last > 500_000_000L) {
                last = now;
                out.println(sentence);
                out.flush();
            }
        }
    }
}
