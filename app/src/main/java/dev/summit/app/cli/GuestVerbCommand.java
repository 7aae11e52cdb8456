package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** One lifecycle verb (start, shutdown, …): the same GuestActions the window's buttons call. */
@Command(mixinStandardHelpOptions = true)
final class GuestVerbCommand implements Callable<Integer> {
    private final GuestAction action;

    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Spec
    CommandSpec spec;

    GuestVerbCommand(GuestAction action) {
        this.action = action;
    }

    @Override
    public Integer call() throws Exception {
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            cli.run(session, name, action.name().toLowerCase(), () -> GuestActions.perform(session, action, guest.uuid()));
            GuestSummary after = CliSession.guest(session, name);
            spec.commandLine().getOut().println(name + ": " + after.stateLabel().toLowerCase());
            return 0;
        }
    }
}
