package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** summit autostart NAME on|off: the Overview's "Start with host" switch, through the same action. */
@Command(name = "autostart", mixinStandardHelpOptions = true,
        description = "Start the guest when its host starts (on), or not (off).")
final class AutostartCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Parameters(index = "1", paramLabel = "on|off", description = "on or off.")
    String setting;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GuestAction action = switch (setting) {
            case "on" -> GuestAction.AUTOSTART_ON;
            case "off" -> GuestAction.AUTOSTART_OFF;
            default -> throw new ParameterException(spec.commandLine(),
                    "Autostart is 'on' or 'off', not '" + setting + "'.");
        };
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            cli.run(session, name, action.name().toLowerCase(),
                    () -> GuestActions.perform(session, action, guest.uuid()));
            boolean now = CliSession.guest(session, name).autostart();
            spec.commandLine().getOut().println(name + ": autostart " + (now ? "on" : "off"));
            return 0;
        }
    }
}
