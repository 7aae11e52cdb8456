package dev.summit.app.cli.bench;

import dev.summit.app.bench.migrate.MigrateBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The terminal side of ./run-benchmarks migrate: the guest is made by the script, figures out as a table. */
@Command(name = "migrate-benchmark", mixinStandardHelpOptions = true,
        description = "Summit's live migration against virsh migrate --live of the same guest on the two-host fixture.")
public final class MigrateBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "5", description = "Migrations each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--from", required = true, description = "URI of hostA, where the guest runs.")
    String uriA;

    @Option(names = "--to", required = true, description = "URI of hostB.")
    String uriB;

    @Option(names = "--guest", required = true, description = "The guest's name.")
    String guest;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new MigrateBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MigrateBenchmark.Result result = new MigrateBenchmark(uriA, uriB, guest, line -> {
            err.println("migrate-benchmark: " + line);
            err.flush();
        }).run(runs);
        out.printf("live migration of one idle 128 MiB KVM guest, median of %d each (ms)%n", runs);
        out.printf("%-10s %10s %10s %8s%n", "", "Summit", "virsh", "ratio");
        row(out, "wall", result, MigrateBenchmark.Sample::wallMs);
        row(out, "job", result, MigrateBenchmark.Sample::jobMs);
        row(out, "downtime", result, MigrateBenchmark.Sample::downtimeMs);
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String label, MigrateBenchmark.Result result,
                            Function<MigrateBenchmark.Sample, Long> figure) {
        long ours = MigrateBenchmark.median(values(result.summit(), figure));
        long theirs = MigrateBenchmark.median(values(result.virsh(), figure));
        out.printf("%-10s %10d %10d %8s%n", label, ours, theirs, theirs > 0 ? String.format("%.2f", (double) ours / theirs) : "–");
    }

    private static List<Long> values(List<MigrateBenchmark.Sample> samples, Function<MigrateBenchmark.Sample, Long> figure) {
        return samples.stream().map(figure).toList();
    }
}
