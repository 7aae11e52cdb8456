package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.ops.ClonePassword;
import dev.summit.connectors.ops.CloneRequest;
import dev.summit.connectors.ops.OperationProgress;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Clones a guest: linked overlays by default (a moment, whatever the size), or whole copies, per disk if asked. */
@Command(name = "clone", mixinStandardHelpOptions = true,
        description = "Make one or more clones of a guest, each with a new UUID, new MAC addresses and its own UEFI variables.")
final class CloneCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest to clone (shut off, or running with --pause-source).")
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

    @Option(names = "--disk", paramLabel = "TARGET=full|linked|share",
            description = "How one disk is cloned, overriding --linked/--full for it (repeatable), e.g. --disk vdb=share."
                    + " A shared disk is the source's own image: only for data both may use, never both running at once.")
    Map<String, String> disks = new LinkedHashMap<>();

    @Option(names = "--pause-source", description = "Allow cloning a running guest: it is paused while its disks are"
            + " copied and resumed afterwards, whatever happens.")
    boolean pauseSource;

    @Mixin
    VncPasswordOption vncPassword;

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
        ClonePassword password = vncPassword.choice();
        try (CliSession cli = CliSession.forClone(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            if (!vncPassword.given() && CliSession.await(CloneGuest.hasDisplayPassword(session, guest.uuid()))) {
                spec.commandLine().getErr().println("summit: " + VncPasswordOption.required(name));
                return 1;
            }
            CloneRequest request = CloneRequest.of(guest.uuid(), names, mode).withDisks(perDisk()).pausingSource(pauseSource)
                    .withDisplayPassword(password);
            List<String> problems = CliSession.await(CloneGuest.precheck(session, request));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> spec.commandLine().getErr().println("summit: " + problem));
                return 1;
            }
            long started = System.nanoTime();
            CloneGuest.Outcome outcome = cli.run(session, name, "clone",
                    () -> CloneGuest.run(session, request, OperationProgress.IGNORE, new CancelSignal()));
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            for (CloneGuest.Copy copy : outcome.made()) {
                out.println("cloned " + name + " → " + copy.name() + " (" + copy.uuid() + ")");
                copy.volumes().forEach(volume -> out.println("  " + volume));
                out.println("  VNC password: " + (password instanceof ClonePassword.Given ? "its own, as given" : "none"));
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

    private Map<String, CloneMode> perDisk() {
        Map<String, CloneMode> choices = new LinkedHashMap<>();
        disks.forEach((target, how) -> {
            try {
                choices.put(target, CloneMode.valueOf(how.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--disk " + target + "=" + how + ": say full, linked or share");
            }
        });
        return choices;
    }
}
