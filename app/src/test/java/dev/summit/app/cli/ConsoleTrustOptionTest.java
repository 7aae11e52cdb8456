package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code summit console --trust-certificate SHA256}: the one way to pass a certificate no CA signed headless. */
class ConsoleTrustOptionTest {
    @Test
    void theFingerprintToTrustIsAnOptionOfConsoleAndItsHelpSaysWhatItDoes() {
        CommandLine line = SummitCommand.forArguments(new String[] {"console", "fuji", "--snapshot", "x.png",
                "--trust-certificate", "AA:BB"});
        CommandLine.ParseResult parsed = line.parseArgs("console", "fuji", "--snapshot", "x.png", "--trust-certificate", "AA:BB");
        ConsoleCommand console = (ConsoleCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(console.trustedFingerprint).isEqualTo("AA:BB");

        StringWriter help = new StringWriter();
        line.getSubcommands().get("console").usage(new PrintWriter(help));
        assertThat(help.toString()).contains("--trust-certificate=SHA256").contains("SHA-256 fingerprint");
    }
}
