package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.units.ByteSize;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Templates: shut-off guests kept as frozen bases for linked clones, never started. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Turn guests into templates and back, and list a host's templates with their clones.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new TemplateCommand());
        line.addSubcommand("mark", withDescription(new Mark(true), "Make a shut-off guest a template: it never starts again,"
                + " and its disks become the bases its linked clones read."));
        line.addSubcommand("unmark", withDescription(new Mark(false), "Turn a template back into an ordinary guest."));
        line.addSubcommand("list", new ListTemplates());
        line.addSubcommand("import", new TemplateImportCommand());
        return line;
    }

    private static CommandLine withDescription(Object command, String description) {
        CommandLine line = new CommandLine(command);
        line.getCommandSpec().usageMessage().description(description);
        return line;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(mixinStandardHelpOptions = true)
    static final class Mark implements Callable<Integer> {
        private final boolean mark;

        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The guest's name.")
        String name;

        @Spec
        CommandSpec spec;

        Mark(boolean mark) {
            this.mark = mark;
        }

        @Override
        public Integer call() throws Exception {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                GuestSummary guest = CliSession.guest(session, name);
                cli.run(session, name, mark ? "mark as template" : "unmark template",
                        () -> mark ? Templates.mark(session, guest.uuid()) : Templates.unmark(session, guest.uuid()));
                spec.commandLine().getOut().println(name + (mark ? " is now a template: clone it with summit clone "
                        + name + " --to NEW" : " is an ordinary guest again"));
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the host's templates and the clones built on each.")
    static final class ListTemplates implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                List<Templates.Template> templates = CliSession.await(Templates.list(session));
                out.printf("%-24s  %-16s  %8s  %-6s  %s%n", "TEMPLATE", "OS", "SIZE", "CLONES", "CLONE NAMES");
                for (Templates.Template template : templates) {
                    out.printf("%-24s  %-16s  %8s  %-6d  %s%n", template.name(),
                            Templates.osLabel(template.osId()),
                            ByteSize.human(template.diskBytes()), template.dependentClones().size(),
                            String.join(", ", template.dependentClones()));
                }
                return 0;
            }
        }
    }
}
