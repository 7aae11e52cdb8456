package dev.summit.connectors.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.StreamTranscript;
import dev.summit.connectors.testing.TinyLinuxGuest;
import dev.summit.connectors.xml.TextConsole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/** The tiny Linux guest's shell on ttyS0, reached through Summit's own console stream. */
@Tag("daemon")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SerialConsoleDaemonTest {
    private static final String PREFIX = "summit-test-serial-";
    private static final Duration BOOT = Duration.ofSeconds(90);

    private final String tiny = PREFIX + Long.toHexString(System.nanoTime());
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private String uuid;
    private HostSession session;

    @BeforeAll
    void bootTheTinyGuest() throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        uuid = TinyLinuxGuest.define(tiny);
        RealDaemon.virsh("start", tiny);
        session = engine.open(RealDaemon.URI);
        InventoryProbe.on(session).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterAll
    void removeEverything() {
        engine.close();
        RealDaemon.removeAllStartingWith(PREFIX);
    }

    @Test
    void theShellOnTheSerialPortAnswersACommand() throws Exception {
        assertThat(OpenSerialConsole.find(session, uuid).get(30, TimeUnit.SECONDS)).contains(new TextConsole("serial"));
        try (SerialChannel channel = OpenSerialConsole.open(session, uuid).get(30, TimeUnit.SECONDS)) {
            assertThat(channel.console().describe()).isEqualTo("serial port");
            StreamTranscript transcript = StreamTranscript.of(channel.input(), tiny);
            // The shell may have printed its prompt before we attached: a new line makes it print one again.
            int prompt = transcript.awaitPrompt(channel.output(), BOOT);

            // The output differs from the echoed command line, so finding it proves the shell ran it.
            channel.output().write("echo summit-$((6*7))-serial\r".getBytes(StandardCharsets.US_ASCII));
            int end = transcript.await("summit-42-serial", transcript.await("\n", prompt, BOOT), Duration.ofSeconds(60));
            transcript.await("# ", end, Duration.ofSeconds(60));

            channel.close();
            transcript.awaitEnd(Duration.ofSeconds(30));
            assertThat(channel.isClosed()).isTrue();
        }
        // Closed cleanly: the console is free again for the next client.
        try (SerialChannel again = OpenSerialConsole.open(session, uuid).get(30, TimeUnit.SECONDS)) {
            StreamTranscript transcript = StreamTranscript.of(again.input(), tiny + " again");
            transcript.awaitPrompt(again.output(), BOOT);
        }
    }

    @Test
    void aSecondClientTakesTheConsoleAndTheFirstSeesItsEnd() throws Exception {
        try (SerialChannel first = OpenSerialConsole.open(session, uuid).get(30, TimeUnit.SECONDS)) {
            StreamTranscript firstSays = StreamTranscript.of(first.input(), "first");
            try (SerialChannel second = OpenSerialConsole.open(session, uuid).get(30, TimeUnit.SECONDS)) {
                firstSays.awaitEnd(Duration.ofSeconds(60));
                StreamTranscript.of(second.input(), "second").awaitPrompt(second.output(), BOOT);
            }
        }
    }

    @Test
    void aGuestWithoutASerialPortOrNotRunningIsToldApart() throws Exception {
        String rescue = PREFIX + "rescue-" + Long.toHexString(System.nanoTime());
        String rescueUuid = RealDaemon.defineGuest(rescue);
        try {
            InventoryProbe.on(session).await("the new guest", Duration.ofSeconds(60), inv -> inv.guests().containsKey(rescueUuid));
            assertThat(OpenSerialConsole.find(session, rescueUuid).get(30, TimeUnit.SECONDS)).isEqualTo(Optional.empty());
            assertThatThrownBy(() -> OpenSerialConsole.open(session, rescueUuid).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NoTextConsoleException.class)
                    .hasMessageContaining("'" + rescue + "' has no serial console");
        } finally {
            RealDaemon.removeGuest(rescue);
        }
        String off = PREFIX + "off-" + Long.toHexString(System.nanoTime());
        String offUuid = TinyLinuxGuest.define(off);
        InventoryProbe.on(session).await("the new guest", Duration.ofSeconds(60), inv -> inv.guests().containsKey(offUuid));
        assertThatThrownBy(() -> OpenSerialConsole.open(session, offUuid).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(HostOperationException.class)
                .hasMessage("Could not open the serial console of '" + off + "': it is not running; start it to read its console.");
    }
}
