package dev.summit.app.cli;

import dev.summit.connectors.details.GuestDefinitionReader;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a guest's definition, or defines an edited one (validated by libvirt first). */
@Command(name = "xml", mixinStandardHelpOptions = true,
        description = "Print a guest's definition (the one it boots with), or define the XML in FILE for it.")
final class XmlCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--apply", paramLabel = "FILE",
            description = "Define this XML for the guest (same name and UUID); it is validated, and the changes are printed.")
    Path apply;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            spec.commandLine().getOut().print(CliSession.await(GuestDefinitionReader.read(session, guest.uuid())).persistent().serialize());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
