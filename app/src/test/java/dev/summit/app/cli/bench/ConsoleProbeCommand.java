package dev.summit.app.cli.bench;

import dev.summit.app.bench.console.SummitProbe;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Summit's viewer for the console benchmark, started by it in a JVM of its own so the JVM's CPU
 * time is the viewer's alone. Its stdout is read by the benchmark, not by a person: "connected"
 * at the first frame, "frames N" when the server drops it.
 */
@Command(name = "console-probe", mixinStandardHelpOptions = true,
        description = "Watches a VNC server on 127.0.0.1 with Summit's client until the server disconnects it.")
public final class ConsoleProbeCommand implements Callable<Integer> {
    @Option(names = "--port", required = true, description = "The server's RFB port on 127.0.0.1.")
    int port;

    @Option(names = "--window", description = "Show the screen in a ConsoleView window (needs DISPLAY).")
    boolean window;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // JavaFX keeps non-daemon threads; the probe is over when the server has dropped it.
        System.exit(new CommandLine(new ConsoleProbeCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SummitProbe.run(port, window, line -> {
            out.println(line);
            out.flush();
        });
        return 0;
    }
}
