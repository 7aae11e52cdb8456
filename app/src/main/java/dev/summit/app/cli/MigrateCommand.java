package dev.summit.app.cli;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.migrate.Migration;
import dev.summit.connectors.migrate.MigrationOutcome;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.migrate.PrecheckLine;
import dev.summit.connectors.ops.CancelSignal;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * `summit migrate NAME --to URI`: the precheck grid, progress twice a second, then the figures. Ctrl-C
 * cancels. Its model is built by code (CodedSpec): reading its annotations cost a proxy class per
 * annotation type before the move could start.
 */
final class MigrateCommand implements Callable<Integer> {
    private final CommandSpec spec = CodedSpec.command(this, "migrate",
            "Move a guest to another host, after checking everything that could stop it.");

    MigrateCommand() {
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel("NAME").type(String.class)
                .description("The guest's name.").build());
        spec.addOption(OptionSpec.builder("--to").required(true).paramLabel("URI").type(String.class)
                .description("libvirt URI of the destination host.").build());
        spec.addOption(HostOption.coded());
        MigrationOptions.addTo(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String name = spec.positionalParameters().get(0).getValue();
        try (CliSession cli = CliSession.oneReading(spec.commandLine().getErr())) { // the move has connections of its own
            String sourceUri = cli.resolve(CodedSpec.value(spec, "--connect"));
            // The options first: a wrong one is named before any host is asked about the guest.
            MigrationRequest options = MigrationOptions.request(spec, sourceUri, "-", CodedSpec.value(spec, "--to"));
            String uuid = Migration.guestUuid(sourceUri, name);
            Migration migration = new Migration(options.withGuest(uuid), new GuestsInMigration());
            MigrationOutcome outcome = runCancellable(cli, migration, name, out);
            out.println(outcome.message());
            if (outcome.wallMs() >= 0) {
                out.println(outcome.figures());
            }
            out.flush();
            return outcome.moved() ? 0 : 1;
        }
    }

    private MigrationOutcome runCancellable(CliSession cli, Migration migration, String name, PrintWriter out)
            throws InterruptedException {
        CancelSignal cancel = new CancelSignal();
        ProgressPrinter printer = new ProgressPrinter(out);
        TaskRunner tasks = new TaskRunner(Runnable::run, cli.history());
        // The grid is the check the move makes on its own connections just before it starts.
        Consumer<List<PrecheckLine>> showGrid = lines -> {
            lines.forEach(out::println);
            out.flush();
        };
        CompletableFuture<MigrationOutcome> running = tasks.run(migration.request().sourceUri(), name, "migrate",
                () -> CompletableFuture.supplyAsync(() -> migration.run(printer::print, cancel,
                        CodedSpec.given(spec, MigrationOptions.OVERRIDE), showGrid)),
                outcome -> outcome.message() + " (" + outcome.figures() + ")", MigrationOutcome::moved);
        // Ctrl-C: abort the job so the guest stays on the source, and let the abort land before exiting.
        Thread onInterrupt = new Thread(() -> {
            cancel.cancel();
            running.completeOnTimeout(null, 20, java.util.concurrent.TimeUnit.SECONDS).join();
            cli.awaitHistory(); // the cancelled row, written on the history's own thread
        }, "cancel migration");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return CliSession.await(running);
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
    }
}
