package dev.summit.app.cli;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.migrate.Migration;
import dev.summit.connectors.migrate.MigrationOutcome;
import dev.summit.connectors.migrate.PrecheckLine;
import dev.summit.connectors.ops.CancelSignal;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `summit migrate NAME --to URI`: the precheck grid, progress twice a second, then the figures. Ctrl-C cancels. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Move a guest to another host, after checking everything that could stop it.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--to", required = true, paramLabel = "URI", description = "libvirt URI of the destination host.")
    String destination;

    @Mixin
    MigrationOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CliSession cli = CliSession.oneReading(spec.commandLine().getErr())) { // the move has connections of its own
            String sourceUri = cli.resolve(host.uri);
            String uuid = Migration.guestUuid(sourceUri, name);
            Migration migration = new Migration(options.request(sourceUri, uuid, destination), new GuestsInMigration());
            MigrationOutcome outcome = runCancellable(cli, migration, out);
            out.println(outcome.message());
            if (outcome.wallMs() >= 0) {
                out.println(outcome.figures());
            }
            out.flush();
            return outcome.moved() ? 0 : 1;
        }
    }

    private MigrationOutcome runCancellable(CliSession cli, Migration migration, PrintWriter out) throws InterruptedException {
        CancelSignal cancel = new CancelSignal();
        ProgressPrinter printer = new ProgressPrinter(out);
        TaskRunner tasks = new TaskRunner(Runnable::run, cli.history());
        // The grid is the check the move makes on its own connections just before it starts.
        Consumer<List<PrecheckLine>> showGrid = lines -> {
            lines.forEach(out::println);
            out.flush();
        };
        CompletableFuture<MigrationOutcome> running = tasks.run(migration.request().sourceUri(), name, "migrate",
                () -> CompletableFuture.supplyAsync(() -> migration.run(printer::print, cancel, options.override, showGrid)),
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
