package dev.summit.app.cli;

import dev.summit.app.console.ConsoleCapture;
import dev.summit.app.console.ConsoleConnector;
import dev.summit.app.console.ConsoleConnector.OpenedConsole;
import dev.summit.app.console.ConsoleTls;
import dev.summit.app.console.FingerprintQuestion;
import dev.summit.app.console.RememberedCertificates;
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
 * with {@code ssh} or the window to trust it. So is a VNC TLS certificate no CA signed, unless its
 * fingerprint is given with {@code --trust-certificate} or was accepted "always" in the window.
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

    @Option(names = "--trust-certificate", paramLabel = "SHA256",
            description = "Accept the VNC server's TLS certificate with this SHA-256 fingerprint although no trusted CA"
                    + " signed it (an unknown certificate is refused, and its fingerprint printed).")
    String trustedFingerprint;

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
            FingerprintQuestion certificates = new FingerprintQuestion(trustedFingerprint);
            ConsoleConnector connector = new ConsoleConnector(new OpenConsole(SshSettings.fromEnvironment(), HostKeyQuestion.REFUSE),
                    ConsoleTls.asking(new RememberedCertificates(cli.store().preferences()), certificates));
            ConsoleCapture capture = new ConsoleCapture();
            OpenedConsole console = CliSession.await(connector.connect(session, guest.uuid(), capture));
            try {
                Screenshot first = firstFrame(capture, console, certificates);
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

    private Screenshot firstFrame(ConsoleCapture capture, OpenedConsole console, FingerprintQuestion certificates)
            throws InterruptedException {
        try {
            return capture.awaitFirstFrame(() -> console.client().framebuffer(), Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalStateException e) {
            // Nobody to ask here: say which fingerprint to check, and how to pass it.
            throw certificates.refused().<IllegalStateException>map(refused -> new IllegalStateException(e.getMessage()
                    + ".\nCheck the fingerprint on the host (openssl x509 -noout -fingerprint -sha256 -in <server-cert.pem>);"
                    + " if it is the same, run again with --trust-certificate " + refused.certificate().fingerprint()
                    + ", or accept it with \"Always Accept\" in Summit's console window.", e)).orElse(e);
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
