package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.DeleteGuest;
import dev.summit.connectors.ops.DiskDecision;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Deletes a guest; its own disks only with --remove-disks, never install media or shared disks. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a guest's definition (and, with --remove-disks, the disks that are its own).")
final class DeleteCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--remove-disks", description = "Also delete the guest's own disk volumes."
            + " ISOs, read-only, shareable and other guests' disks always stay.")
    boolean removeDisks;

    @Option(names = "--force", description = "Force a running guest off first.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            if (guest.state().isActive() && !force) {
                throw new IllegalStateException("'" + name + "' is " + guest.state().label().toLowerCase()
                        + "; shut it down first, or pass --force to force it off");
            }
            DeleteGuest.Outcome outcome = cli.run(session, name, "delete", () -> DeleteGuest.run(session, guest.uuid(), removeDisks));
            out.println("deleted " + name);
            outcome.deletedVolumes().forEach(volume -> out.println("  deleted " + volume));
            for (DiskDecision kept : outcome.kept()) {
                out.println("  kept " + kept.source() + (kept.remove() ? " (pass --remove-disks to delete it)" : " — " + kept.why()));
            }
            if (!outcome.failures().isEmpty()) {
                outcome.failures().forEach(f -> spec.commandLine().getErr().println("summit: could not delete " + f));
                return 1;
            }
            return 0;
        }
    }
}
