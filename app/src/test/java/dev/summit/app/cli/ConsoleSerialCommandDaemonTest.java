package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.StreamTranscript;
import dev.summit.connectors.testing.TinyLinuxGuest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * `summit console NAME --serial` as its own process on the tiny Linux guest's shell. Its input and
 * output are pipes, not a terminal: the bytes pass as they are, no raw mode is set, and the end of
 * the input leaves as Ctrl+] does (once the guest has been quiet for two seconds).
 */
@Tag("daemon")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSerialCommandDaemonTest {
    private static final String PREFIX = "summit-test-serialcli-";
    private static final Duration BOOT = Duration.ofSeconds(90);

    @TempDir
    Path home;

    private final String tiny = PREFIX + Long.toHexString(System.nanoTime());

    @BeforeAll
    void bootTheTinyGuest() throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        TinyLinuxGuest.define(tiny);
        RealDaemon.virsh("start", tiny);
    }

    @AfterAll
    void removeIt() {
        RealDaemon.removeAllStartingWith(PREFIX);
    }

    @Test
    void aCommandTypedThroughThePipeIsAnsweredAndCtrlBracketLeaves() throws Exception {
        Process summit = new SummitProcess(home).start("console", tiny, "--connect", RealDaemon.URI, "--serial");
        StreamTranscript out = StreamTranscript.of(summit.getInputStream(), "stdout");
        StreamTranscript err = StreamTranscript.of(summit.getErrorStream(), "stderr");
        OutputStream in = summit.getOutputStream();
        try {
            err.await("Connected to the serial port of '" + tiny + "'; Ctrl+] or the end of input leaves.", 0, Duration.ofSeconds(60));
            int prompt = out.awaitPrompt(in, BOOT);

            type(in, "echo summit-$((6*7))-serial\r");
            out.await("summit-42-serial", out.await("\n", prompt, BOOT), Duration.ofSeconds(20));

            in.write(0x1d);
            in.flush();
            assertThat(summit.waitFor(20, TimeUnit.SECONDS)).as("left on Ctrl+]").isTrue();
            assertThat(summit.exitValue()).as(err.text()).isZero();
        } finally {
            summit.destroyForcibly();
        }
    }

    @Test
    void theEndOfTheInputLeavesAfterTheLastAnswer() throws Exception {
        Process summit = new SummitProcess(home).start("console", tiny, "--connect", RealDaemon.URI, "--serial");
        StreamTranscript out = StreamTranscript.of(summit.getInputStream(), "stdout");
        StreamTranscript err = StreamTranscript.of(summit.getErrorStream(), "stderr");
        OutputStream in = summit.getOutputStream();
        try {
            int prompt = out.awaitPrompt(in, BOOT);
            type(in, "echo summit-$((7*6))-end\r");
            in.close();
            assertThat(summit.waitFor(30, TimeUnit.SECONDS)).as("left at the end of input").isTrue();
            assertThat(summit.exitValue()).as(err.text()).isZero();
            out.awaitEnd(Duration.ofSeconds(5));
            assertThat(out.text().substring(prompt)).contains("summit-42-end");
        } finally {
            summit.destroyForcibly();
        }
    }

    @Test
    void aGuestThatIsNotRunningIsAOneLineFailure() throws Exception {
        String off = PREFIX + "off-" + Long.toHexString(System.nanoTime());
        TinyLinuxGuest.define(off);
        SummitProcess.Result result = new SummitProcess(home).run("console", off, "--connect", RealDaemon.URI, "--serial");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("'" + off + "' is shut off: start it first");
        assertThat(result.out()).isEmpty();
    }

    private static void type(OutputStream in, String text) throws Exception {
        in.write(text.getBytes(StandardCharsets.US_ASCII));
        in.flush();
    }
}
