package dev.summit.app.cli;

import dev.summit.connectors.details.GuestDefinitionReader;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.edit.change.DefinitionDiff;
import dev.summit.connectors.edit.change.ReplaceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        String wanted = null;
        if (apply != null) {
            try {
                wanted = Files.readString(apply);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + apply + ": " + e.getMessage());
            }
        }
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            String current = CliSession.await(GuestDefinitionReader.read(session, guest.uuid())).persistent().serialize();
            // What the guest has now, or what the file changes in it (a unified diff), before anything is defined.
            spec.commandLine().getOut().print(wanted == null ? current : DefinitionDiff.between(current, wanted).unified(3));
            spec.commandLine().getOut().flush();
            return wanted == null ? 0
                    : GuestEditRun.apply(spec, cli, session, guest, "define XML", List.of(new ReplaceDefinition(wanted)));
        }
    }
}
