package dev.summit.app.cli;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.jna.QuickListing;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Lists a host's guests as a table, or as JSON for scripts: the verb scripts call most, so its
 * model is built by code (CodedSpec) and the host is read once without a session (QuickListing).
 */
final class ListCommand implements Callable<Integer> {
    private final CommandSpec spec = CodedSpec.command(this, "list", "List the guests of a host.");

    ListCommand() {
        spec.addOption(HostOption.coded());
        spec.addOption(CodedSpec.flag("--json", "Print a JSON array instead of a table."));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        boolean json = CodedSpec.given(spec, "--json");
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            String uri = cli.resolve(CodedSpec.value(spec, "--connect"));
            List<GuestSummary> guests = QuickListing.read(uri, EngineSettings.DEFAULT.connectTimeout()).stream()
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
