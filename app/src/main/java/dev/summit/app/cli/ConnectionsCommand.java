package dev.summit.app.cli;

import dev.summit.app.store.ConnectionRepository;
import dev.summit.app.store.SavedConnection;
import dev.summit.connectors.host.ConnectionUri;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The saved connections, the same rows the window's host list shows. */
@Command(name = "connections", mixinStandardHelpOptions = true, description = "List, add or remove saved connections.")
final class ConnectionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ConnectionsCommand());
        line.addSubcommand("list", new ListConnections());
        line.addSubcommand("add", new AddConnection());
        line.addSubcommand("remove", new RemoveConnection());
        return line;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved connections in their order.")
    static final class ListConnections implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                out.printf("%-24s  %-44s  %-11s  %s%n", "NAME", "URI", "AUTOCONNECT", "LAST CONNECTED");
                for (SavedConnection c : cli.store().connections().list()) {
                    out.printf("%-24s  %-44s  %-11s  %s%n", c.displayName(), c.uri(), c.autoconnect() ? "yes" : "no",
                            c.lastConnected() == null ? "never" : c.lastConnected().toString());
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a connection.")
    static final class AddConnection implements Callable<Integer> {
        @Parameters(paramLabel = "URI", description = "libvirt URI, e.g. qemu+ssh://admin@host/system")
        String uri;

        @Option(names = "--name", description = "Name in the host list (default: made from the URI).")
        String name;

        @Option(names = "--no-autoconnect", description = "Don't connect when Summit starts.")
        boolean noAutoconnect;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConnectionUri.customProblem(uri).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            String displayName = name != null ? name : ConnectionUri.parse(uri.strip()).suggestedName();
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                SavedConnection saved = cli.store().connections().add(displayName, uri.strip(), !noAutoconnect);
                spec.commandLine().getOut().println("saved " + saved.displayName() + " (" + saved.uri() + ")");
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget a saved connection.")
    static final class RemoveConnection implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|URI", description = "The connection's name or URI.")
        String which;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                ConnectionRepository connections = cli.store().connections();
                SavedConnection found = connections.list().stream()
                        .filter(c -> c.uri().equals(which) || c.displayName().equals(which)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no saved connection named or at '" + which + "'"));
                connections.remove(found.id());
                spec.commandLine().getOut().println("removed " + found.displayName() + " (" + found.uri() + ")");
            }
            return 0;
        }
    }
}
