package dev.summit.app.cli;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.migrate.Evacuation;
import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.ops.CancelSignal;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** `summit evacuate --from URI --to URI`: every running guest off a host, with a summary. Built by code (CodedSpec). */
final class EvacuateCommand implements Callable<Integer> {
    private final CommandSpec spec = CodedSpec.command(this, "evacuate", "Move every running guest off a host (for"
            + " maintenance). Guests that cannot move stay running and are listed with why.");

    EvacuateCommand() {
        spec.addOption(OptionSpec.builder("--from").required(true).paramLabel("URI").type(String.class)
                .description("The host to empty.").build());
        spec.addOption(OptionSpec.builder("--to").required(true).paramLabel("URI").type(String.class)
                .description("The host that takes the guests.").build());
        spec.addOption(OptionSpec.builder("--parallel").paramLabel("N").type(int.class).defaultValue("1")
                .description("Guests moving at once (default: ${DEFAULT-VALUE}).").build());
        MigrationOptions.addTo(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String from = CodedSpec.value(spec, "--from");
        String to = CodedSpec.value(spec, "--to");
        int parallel = CodedSpec.<Integer>value(spec, "--parallel");
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            Evacuation evacuation = new Evacuation(MigrationOptions.request(spec, from, "-", to), parallel,
                    new GuestsInMigration());
            ProgressPrinter printer = new ProgressPrinter(out);
            TaskRunner tasks = new TaskRunner(Runnable::run, cli.history());
            List<Evacuation.GuestResult> results = CliSession.await(tasks.run(from, null, "evacuate",
                    () -> CompletableFuture.supplyAsync(() -> evacuation.run(
                            (guest, figures) -> printer.print(guest + ": ", figures), new CancelSignal(),
                            CodedSpec.given(spec, MigrationOptions.OVERRIDE))),
                    EvacuateCommand::summary, all -> all.stream().allMatch(Evacuation.GuestResult::moved)));
            for (Evacuation.GuestResult result : results) {
                out.println((result.moved() ? "moved  " : "stayed ") + result.sentence()
                        + (result.outcome() != null && result.outcome().wallMs() >= 0 ? " (" + result.outcome().figures() + ")" : ""));
            }
            out.println(summary(results));
            return results.stream().allMatch(Evacuation.GuestResult::moved) ? 0 : 1;
        }
    }

    static String summary(List<Evacuation.GuestResult> results) {
        long moved = results.stream().filter(Evacuation.GuestResult::moved).count();
        return moved + " of " + results.size() + " running guests moved" + (moved == results.size() ? "." : "; the others stay where they were.");
    }
}
