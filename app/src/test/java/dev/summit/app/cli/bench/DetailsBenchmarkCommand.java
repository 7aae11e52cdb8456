package dev.summit.app.cli.bench;

import dev.summit.app.bench.details.DetailsBenchmark;
import dev.summit.app.bench.details.ThirtyDeviceHost;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The terminal side of ./run-benchmarks details. */
@Command(name = "details-benchmark", mixinStandardHelpOptions = true,
        description = "Times the Details tab of a 30-device guest from the click to its first complete frame.")
public final class DetailsBenchmarkCommand implements Callable<Integer> {
    private static final double TARGET_MS = 100;

    @Option(names = "--runs", defaultValue = "7", description = "Runs (default: ${DEFAULT-VALUE}); the first warms up.")
    int runs;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new DetailsBenchmarkCommand()).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("summit-details-bench");
        List<DetailsBenchmark.Run> runsDone = new DetailsBenchmark().run(ThirtyDeviceHost.write(dir), runs);
        List<Double> millis = runsDone.stream().map(DetailsBenchmark.Run::rendered).toList();
        PrintWriter out = spec.commandLine().getOut();
        List<Double> measured = millis.subList(Math.min(1, millis.size() - 1), millis.size()).stream().sorted().toList();
        double median = measured.get(measured.size() / 2);
        out.printf(Locale.ROOT, "Details tab of a 30-device guest, click → complete frame: first %.1f ms, median of the"
                + " next %d %.1f ms (target ≤ %.0f: %s)%n", millis.get(0), measured.size(), median, TARGET_MS,
                median <= TARGET_MS ? "met" : "missed");
        for (DetailsBenchmark.Run run : runsDone) {
            out.printf(Locale.ROOT, "  definitions read %6.1f · laid out %6.1f · rendered %6.1f ms%n", run.read(),
                    run.laidOut(), run.rendered());
        }
        out.flush();
        return 0;
    }
}
