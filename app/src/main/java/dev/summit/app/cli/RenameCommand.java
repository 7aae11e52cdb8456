package dev.summit.app.cli;

import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.change.RenameGuest;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** summit rename NAME NEW: a shut-off guest only, as libvirt allows. */
@Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a shut-off guest.")
final class RenameCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new name.")
    String newName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            EditOutcome outcome = cli.run(session, name, "rename", () -> RenameGuest.apply(session, guest.uuid(), newName));
            spec.commandLine().getOut().println(name + ": " + outcome.sentence());
            return 0;
        }
    }
}
