package dev.summit.app.cli;

import dev.summit.app.console.ConsoleCapture;
import dev.summit.app.console.ConsoleConnector;
import dev.summit.app.console.ConsoleConnector.OpenedConsole;
import dev.summit.connectors.console.OpenConsole;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.tunnel.HostKeyQuestion;
import dev.summit.connectors.tunnel.SshSettings;
import dev.summit.console.rfb.image.Screenshot;
import dev.summit.connectors.console.OpenSerialConsole;
import dev.summit.connectors.console.SerialChannel;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code summit console NAME --snapshot out.png | --bench SECONDS}: the window's console client,
 * headless; {@code --serial} attaches the guest's serial console to this terminal instead. An SSH host key known_hosts does not list is refused here (nobody to ask): connect once
 * with {@code ssh} or the window to trust it.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Connect to a running guest's screen and save its first frame, or measure the stream;"
                + " or attach its serial console to this terminal (--serial).")
final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--snapshot", paramLabel = "PNG", description = "Write the first complete frame to this PNG file.")
    Path snapshot;

    @Option(names = "--bench", paramLabel = "SECONDS",
            description = "Stream for this long, then print frames, frames/s, bytes/s and CPU seconds.")
    Double benchSeconds;

    @Option(names = "--serial",
            description = "Attach the guest's serial console here, like virsh console: Ctrl+] leaves.")
    boolean serial;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up when no frame arrives in this time (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((snapshot != null ? 1 : 0) + (benchSeconds != null ? 1 : 0) + (serial ? 1 : 0) != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give exactly one of --snapshot PNG, --bench SECONDS or --serial");
        }
        if (benchSeconds != null && !(benchSeconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bench needs a number of seconds above 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            if (!guest.state().isActive()) {
                throw new IllegalStateException("'" + name + "' is " + guest.state().label().toLowerCase(Locale.ROOT)
                        + ": start it first (summit start " + name + ")");
            }
            if (serial) {
                return attachSerial(session, guest);
            }
            ConsoleConnector connector = new ConsoleConnector(new OpenConsole(SshSettings.fromEnvironment(), HostKeyQuestion.REFUSE));
            ConsoleCapture capture = new ConsoleCapture();
            OpenedConsole console = CliSession.await(connector.connect(session, guest.uuid(), capture));
            try {
                Screenshot first = capture.awaitFirstFrame(() -> console.client().framebuffer(), Duration.ofSeconds(timeoutSeconds));
                if (snapshot != null) {
                    first.writePng(snapshot);
                    out.println(snapshot + ": " + first.width() + "×" + first.height() + " via " + console.channel().description());
                } else {
                    ConsoleCapture.Measurement m = capture.measure(() -> console.client().statistics(),
                            Duration.ofMillis(Math.round(benchSeconds * 1000)));
                    out.printf(Locale.ROOT, "%s via %s, %d×%d, encoding %s%n", name, console.channel().description(),
                            first.width(), first.height(), m.encoding());
                    out.printf(Locale.ROOT, "frames %d · %.1f frames/s · %.0f bytes/s · %.2f CPU-s in %.1f s%n",
                            m.frames(), m.framesPerSecond(), m.bytesPerSecond(), m.cpuSeconds(), m.seconds());
                }
            } finally {
                console.close();
            }
            return 0;
        }
    }

    private int attachSerial(HostSession session, GuestSummary guest) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (SerialChannel channel = CliSession.await(OpenSerialConsole.open(session, guest.uuid()))) {
            Optional<RawTerminal> terminal = RawTerminal.enterIfInteractive();
            SerialAttach.Ending ending;
            try {
                SerialAttach.announce(err, name, channel, terminal.isPresent());
                ending = SerialAttach.run(channel, System.in, new FileOutputStream(FileDescriptor.out));
            } finally {
                terminal.ifPresent(RawTerminal::close);
            }
            if (ending == SerialAttach.Ending.GUEST_ENDED) {
                throw new IllegalStateException("the serial console of '" + name
                        + "' closed: the guest stopped, or another client took the console");
            }
            err.println();
            return 0;
        }
    }
}
