package dev.summit.app.cli.bench;

import dev.summit.app.bench.console.ConsoleBenchmark;
import dev.summit.app.bench.console.ConsoleReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The terminal side of the console benchmark (./run-benchmarks console): options in, table out.
 * The measuring is in {@code app.bench.console}; it starts its own Xvnc and Xvfb, so no DISPLAY is needed.
 */
@Command(name = "console-benchmark", mixinStandardHelpOptions = true,
        description = "Summit's VNC client against TigerVNC's viewer on an animated Xvnc desktop: frames/s, CPU per "
                + "frame, key → screen latency, and decode throughput per encoding.")
public final class ConsoleBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long each viewer watches (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--fps", defaultValue = "30", description = "The animation's frame rate (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--presses", defaultValue = "50", description = "Key presses per latency figure (default: ${DEFAULT-VALUE}).")
    int presses;

    @Option(names = "--decode-seconds", paramLabel = "SECONDS", defaultValue = "2",
            description = "Measured decoding per encoding, after as long a warm-up (default: ${DEFAULT-VALUE}).")
    int decodeSeconds;

    @Option(names = "--keep-streams", paramLabel = "DIR",
            description = "Save the streams the decode figures replay in DIR, for --decode-only.")
    Path keepStreams;

    @Option(names = "--decode-only", paramLabel = "DIR",
            description = "Only decode the streams an earlier run saved in DIR (no Xvnc, no viewers): the same bytes"
                    + " for two builds.")
    Path decodeOnly;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ConsoleBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || fps < 1 || fps > 120 || presses < 1 || decodeSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--seconds, --presses and --decode-seconds must be at least 1, --fps 1…120");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> progress = step -> {
            err.println("console-benchmark: " + step);
            err.flush();
        };
        if (decodeOnly != null) {
            ConsoleReport.decodeRows(ConsoleBenchmark.decode(decodeOnly, decodeSeconds, progress)).forEach(out::println);
            out.flush();
            return 0;
        }
        ConsoleReport report = ConsoleBenchmark.run(new ConsoleBenchmark.Settings(seconds, fps, presses, decodeSeconds,
                keepStreams), progress);
        report.lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
