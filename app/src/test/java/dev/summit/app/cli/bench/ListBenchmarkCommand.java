package dev.summit.app.cli.bench;

import dev.summit.app.bench.BenchReport;
import dev.summit.app.bench.BenchmarkRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The terminal side of the list benchmark (./run-benchmarks): options in, table out. It lives under
 * {@code cli} because only the CLI may write to the terminal; the measuring is in {@code app.bench}.
 * Run it in its own JVM under a display: the JVM's CPU and memory are the figures.
 */
@Command(name = "list-benchmark", mixinStandardHelpOptions = true,
        description = "Lists a generated host of 1000 guests in Summit (and virt-manager, when installed), "
                + "then measures both while idle.")
public final class ListBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--idle", paramLabel = "SECONDS", defaultValue = "60",
            description = "Length of the idle window (default: ${DEFAULT-VALUE}).")
    long idleSeconds;

    @Option(names = "--no-virt-manager", description = "Skip virt-manager even when it is installed.")
    boolean noVirtManager;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // JavaFX keeps non-daemon threads; the run is over when the table is printed.
        System.exit(new CommandLine(new ListBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (idleSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--idle must be at least 1 second");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = BenchmarkRun.run(Duration.ofSeconds(idleSeconds), !noVirtManager, step -> {
            err.println("list-benchmark: " + step);
            err.flush();
        });
        report.lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
