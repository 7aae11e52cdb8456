package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists a host's guests as a table, or as JSON for scripts. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the guests of a host.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            List<GuestSummary> guests = session.inventory().guestList().stream()
                    .sorted(Comparator.comparing(GuestSummary::name)).toList();
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? Json.guests(guests) : table(guests));
            out.flush();
            return 0;
        }
    }

    private static String table(List<GuestSummary> guests) {
        int width = Math.max(4, guests.stream().mapToInt(g -> g.name().length()).max().orElse(4));
        StringBuilder text = new StringBuilder(String.format("%-" + width + "s  %-16s  %5s  %10s  %s%n",
                "NAME", "STATE", "VCPUS", "MEMORY", "AUTOSTART"));
        for (GuestSummary guest : guests) {
            text.append(String.format("%-" + width + "s  %-16s  %5d  %6d MiB  %s%n", guest.name(),
                    guest.stateLabel().toLowerCase(), guest.vcpus(),
                    guest.maxMemoryKiB() / 1024, guest.autostart() ? "yes" : "no"));
        }
        return text.toString();
    }
}
