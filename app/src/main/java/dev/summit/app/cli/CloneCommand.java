package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CloneMode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Clones a shut-off guest: linked overlays by default (a moment, whatever the size), or whole copies. */
@Command(name = "clone", mixinStandardHelpOptions = true,
        description = "Make one or more clones of a shut-off guest, each with a new UUID and new MAC addresses.")
final class CloneCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest to clone (shut off).")
    String name;

    @Option(names = "--to", required = true, paramLabel = "NEWNAME",
            description = "The clone's name; with --count K the clones are NEWNAME-1 … NEWNAME-K.")
    String newName;

    @Option(names = "--count", paramLabel = "K", defaultValue = "1", description = "How many clones (default: ${DEFAULT-VALUE}).")
    int count;

    @ArgGroup(exclusive = true)
    Kind kind = new Kind();

    static final class Kind {
        @Option(names = "--linked", description = "Overlays on the source's disks (default). The source moves onto an"
                + " overlay of its own first, so the images its clones read are never written again.")
        boolean linked;

        @Option(names = "--full", description = "Whole, independent copies of the source's disks (kept sparse).")
        boolean full;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("--count must be between 1 and 100, not " + count);
        }
        PrintWriter out = spec.commandLine().getOut();
        CloneMode mode = kind.full ? CloneMode.FULL : CloneMode.LINKED;
        List<String> names = CloneGuest.namesFor(newName, count);
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(cli.resolve(host.uri));
            GuestSummary guest = CliSession.guest(session, name);
            List<String> problems = CliSession.await(CloneGuest.precheck(session, guest.uuid(), names, mode));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> spec.commandLine().getErr().println("summit: " + problem));
                return 1;
            }
            long started = System.nanoTime();
            CloneGuest.Outcome outcome = cli.run(session, name, "clone",
                    () -> CloneGuest.run(session, guest.uuid(), names, mode, new CancelSignal()));
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            for (CloneGuest.Copy copy : outcome.made()) {
                out.println("cloned " + name + " → " + copy.name() + " (" + copy.uuid() + ")");
                copy.volumes().forEach(volume -> out.println("  " + volume));
            }
            out.println(outcome.made().size() + (outcome.made().size() == 1 ? " clone" : " clones") + " made in "
                    + tookMs + " ms");
            if (outcome.failure() != null) {
                spec.commandLine().getErr().println("summit: " + outcome.failure());
                return 1;
            }
            return 0;
        }
    }
}
