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
import dev.summit.connectors.tunnel.HostKeyQuestion;
import dev.summit.connectors.tunnel.SshSettings;
import dev.summit.connectors.xml.VncDisplay;
import dev.summit.connectors.xml.VncListen;
import dev.summit.connectors.xml.VncPassword;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real guests on the machine's libvirtd, each display reached the way Summit would reach it. */
@Tag("daemon")
class ConsoleDaemonTest {
    private static final String GREETING = "RFB 003.008\n";
    private static final String PASSWORD = "Sum1t-pw";

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final List<String> guests = new ArrayList<>();
    private HostSession session;
    private OpenConsole console;

    @BeforeEach
    void connect(@TempDir Path home) {
        session = engine.open(RealDaemon.URI);
        InventoryProbe.on(session).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
        console = new OpenConsole(SshSettings.inHome(home), HostKeyQuestion.REFUSE);
    }

    @AfterEach
    void removeGuests() {
        engine.close();
        guests.forEach(RealDaemon::removeGuest);
    }

    @Test
    void aLoopbackDisplayGreetsThroughTheDescriptorAndThroughTcp() throws Exception {
        String uuid = guest("tcp", "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>", true);

        VncDisplay display = console.display(session, uuid).get(30, TimeUnit.SECONDS);
        assertThat(display.port()).isGreaterThanOrEqualTo(5900);
        assertThat(display.listen()).isEqualTo(new VncListen.Address("127.0.0.1", null));
        assertThat(display.passwordSet()).isFalse();

        try (ConsoleChannel channel = open(uuid, EnumSet.allOf(ConsoleRoute.class))) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.DESCRIPTOR);
            assertThat(channel.description()).isEqualTo("libvirt descriptor");
            assertThat(channel.target().guestUuid()).isEqualTo(uuid);
            assertThat(channel.target().hostUri()).isEqualTo(RealDaemon.URI);
            assertThat(greeting(channel)).isEqualTo(GREETING);
        }
        try (ConsoleChannel channel = open(uuid, EnumSet.of(ConsoleRoute.TCP))) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.TCP);
            assertThat(channel.description()).isEqualTo("TCP 127.0.0.1:" + display.port());
            assertThat(greeting(channel)).isEqualTo(GREETING);
        }
    }

    @Test
    void closingWakesAReaderBlockedOnTheDescriptor() throws Exception {
        String uuid = guest("close", "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>", true);
        ConsoleChannel channel = open(uuid, EnumSet.allOf(ConsoleRoute.class));
        assertThat(greeting(channel)).isEqualTo(GREETING);

        // The server now waits for our version: this read blocks until we close.
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return channel.input().read();
            } catch (IOException e) {
                return -2;
            }
        });
        Thread.sleep(300);
        assertThat(reader).isNotDone();
        channel.close();
        assertThat(reader.get(30, TimeUnit.SECONDS)).isNegative();
        channel.close();
    }

    @Test
    void aUnixSocketDisplayGreetsThroughItsSocket() throws Exception {
        String uuid = guest("unix", "<graphics type='vnc'><listen type='socket'/></graphics>", true);

        try (ConsoleChannel channel = open(uuid, EnumSet.of(ConsoleRoute.UNIX_SOCKET))) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.UNIX_SOCKET);
            assertThat(channel.description()).startsWith("UNIX socket /");
            assertThat(channel.display().listen()).isInstanceOf(VncListen.Socket.class);
            assertThat(greeting(channel)).isEqualTo(GREETING);
        }
        try (ConsoleChannel channel = open(uuid, EnumSet.allOf(ConsoleRoute.class))) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.DESCRIPTOR);
            assertThat(greeting(channel)).isEqualTo(GREETING);
        }
    }

    @Test
    void aPasswordIsSkippedOnTheDescriptorAndAskedOverTcp() throws Exception {
        String uuid = guest("passwd", "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='" + PASSWORD + "'/>", true);

        try (ConsoleChannel channel = open(uuid, EnumSet.allOf(ConsoleRoute.class))) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.DESCRIPTOR);
            assertThat(channel.display().passwordSet()).isTrue();
            assertThat(channel.vncPasswordExpected()).isFalse();
            assertThat(channel.display().toString()).doesNotContain(PASSWORD);
            assertThat(securityTypes(channel)).containsExactly(1); // None: libvirt waived the password
        }
        try (ConsoleChannel channel = open(uuid, EnumSet.of(ConsoleRoute.TCP))) {
            assertThat(channel.vncPasswordExpected()).isTrue();
            assertThat(securityTypes(channel)).contains(2).doesNotContain(1); // VNC authentication
        }
        VncPassword password = console.vncPassword(session, uuid).get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(new String(password.chars())).isEqualTo(PASSWORD);
        assertThat(password.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aSpiceOnlyGuestIsToldApartFromAFailure() throws Exception {
        String uuid = guest("spice", "<graphics type='spice' autoport='yes'/>", false);

        assertThatThrownBy(() -> unwrap(console.open(session, uuid)))
                .isInstanceOf(NoVncDisplayException.class)
                .hasMessageContaining("has no VNC display; Summit shows VNC consoles")
                .hasMessageContaining("SPICE");
    }

    @Test
    void aGuestThatIsOffSaysSo() throws Exception {
        String uuid = guest("off", "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>", false);

        assertThatThrownBy(() -> unwrap(console.open(session, uuid)))
                .isInstanceOf(HostOperationException.class)
                .hasMessageContaining("is not running");
    }

    private String guest(String suffix, String graphics, boolean start) throws IOException {
        String name = "summit-test-console-" + suffix + "-" + Long.toHexString(System.nanoTime());
        guests.add(name);
        String uuid = RealDaemon.defineGuest(name, graphics);
        if (start) {
            RealDaemon.virsh("start", name);
        }
        return uuid;
    }

    private ConsoleChannel open(String uuid, EnumSet<ConsoleRoute> routes) throws Exception {
        return console.open(session, uuid, routes).get(60, TimeUnit.SECONDS);
    }

    private static String greeting(ConsoleChannel channel) throws IOException {
        return new String(channel.input().readNBytes(GREETING.length()), StandardCharsets.US_ASCII);
    }

    /** RFB 3.8: after both versions, the server lists the security types it accepts. */
    private static List<Integer> securityTypes(ConsoleChannel channel) throws IOException {
        assertThat(greeting(channel)).isEqualTo(GREETING);
        channel.output().write(GREETING.getBytes(StandardCharsets.US_ASCII));
        InputStream in = channel.input();
        int count = in.read();
        List<Integer> types = new ArrayList<>();
        for (byte type : in.readNBytes(count)) {
            types.add(type & 0xff);
        }
        return types;
    }

    private static Object unwrap(CompletableFuture<?> future) throws Throwable {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
