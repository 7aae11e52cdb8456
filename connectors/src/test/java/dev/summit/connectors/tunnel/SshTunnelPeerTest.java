package dev.summit.connectors.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.testing.EchoServer;
import dev.summit.connectors.testing.ThrowawayAgent;
import dev.summit.connectors.testing.ThrowawaySshd;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tunnels through a real sshd of the test's own, reached through an ssh_config alias, with keys and
 * known_hosts in a temporary home: the user's ~/.ssh is never read or written.
 */
@Tag("peer")
class SshTunnelPeerTest {
    private static final String ALIAS = "summit-peer";

    @TempDir
    Path dir;
    private ThrowawaySshd sshd;
    private EchoServer echo;
    private Path home;
    private Path knownHosts;
    private final List<UnknownHostKey> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServers() throws Exception {
        sshd = ThrowawaySshd.start(Files.createDirectory(dir.resolve("sshd")));
        echo = EchoServer.onLoopback();
        home = Files.createDirectory(dir.resolve("home"));
        Path ssh = Files.createDirectory(home.resolve(".ssh"));
        knownHosts = ssh.resolve("known_hosts");
        Files.copy(sshd.clientKey(), ssh.resolve("id_test"));
        writeConfig("  IdentityFile ~/.ssh/id_test\n");
    }

    @AfterEach
    void stopServers() throws IOException {
        echo.close();
        sshd.close();
    }

    @Test
    void bytesFlowBothWaysThroughATcpTunnelAndCloseWakesTheReader() throws Exception {
        trustHostKey();
        SshTunnel tunnel = tunnels(HostKeyQuestion.REFUSE).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port()));

        assertThat(tunnel.description()).isEqualTo("SSH tunnel via " + ALIAS);
        assertGreetingAndEcho(tunnel);

        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return tunnel.input().read();
            } catch (IOException e) {
                return -2;
            }
        });
        Thread.sleep(200);
        assertThat(reader).isNotDone();
        tunnel.close();
        assertThat(reader.get(30, TimeUnit.SECONDS)).isNegative();
        assertThat(tunnel.isOpen()).isFalse();
    }

    @Test
    void aUnixSocketIsReachedThroughStreamlocal() throws Exception {
        trustHostKey();
        Path socket = dir.resolve("vnc.sock");
        try (EchoServer unixEcho = EchoServer.onUnixSocket(socket);
             SshTunnel tunnel = tunnels(HostKeyQuestion.REFUSE).open(target(), new TunnelEnd.UnixSocket(socket.toString()))) {
            assertGreetingAndEcho(tunnel);
        }
    }

    @Test
    void anUnknownHostKeyIsAskedAboutAndRememberedHashed() throws Exception {
        writeConfig("  IdentityFile ~/.ssh/id_test\n  HashKnownHosts yes\n");
        HostKeyQuestion remember = key -> {
            asked.add(key);
            return CompletableFuture.completedFuture(HostKeyAnswer.ACCEPT_AND_REMEMBER);
        };

        try (SshTunnel tunnel = tunnels(remember).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port()))) {
            assertGreetingAndEcho(tunnel);
        }

        assertThat(asked).singleElement().satisfies(key -> {
            assertThat(key.host()).isEqualTo(sshd.knownHostsName());
            assertThat(key.keyType()).isEqualTo("ssh-ed25519");
            assertThat(key.fingerprint()).isEqualTo(sshd.hostFingerprint());
            assertThat(key.otherTypesKnown()).isFalse();
            assertThat(key.knownHosts()).isEqualTo(knownHosts);
        });
        String line = Files.readString(knownHosts);
        assertThat(line).startsWith("|1|").contains(sshd.hostPublicKey()).doesNotContain("127.0.0.1");

        try (SshTunnel again = tunnels(remember).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port()))) {
            assertGreetingAndEcho(again);
        }
        assertThat(asked).as("a remembered key is not asked about again").hasSize(1);
    }

    @Test
    void aRefusedHostKeyEndsTheAttemptCleanly() throws Exception {
        HostKeyQuestion refuse = key -> {
            asked.add(key);
            return CompletableFuture.supplyAsync(() -> HostKeyAnswer.REFUSE);
        };

        assertThatThrownBy(() -> tunnels(refuse).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port())))
                .isInstanceOf(TunnelException.class)
                .hasMessageContaining("was not accepted")
                .hasMessageContaining(sshd.hostFingerprint());
        assertThat(asked).hasSize(1);
        assertThat(knownHosts).doesNotExist();
        awaitNoSshThreads();

        HostKeyQuestion once = key -> CompletableFuture.completedFuture(HostKeyAnswer.ACCEPT_ONCE);
        try (SshTunnel tunnel = tunnels(once).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port()))) {
            assertGreetingAndEcho(tunnel);
        }
        assertThat(knownHosts).as("accepted once is not written down").doesNotExist();
    }

    @Test
    void aChangedHostKeyIsRefusedNamingTheKnownHostsLine() throws Exception {
        trustHostKey();
        sshd.restartWithNewHostKey();
        HostKeyQuestion mustNotAsk = key -> {
            asked.add(key);
            return CompletableFuture.completedFuture(HostKeyAnswer.ACCEPT_AND_REMEMBER);
        };

        assertThatThrownBy(() -> tunnels(mustNotAsk).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port())))
                .isInstanceOf(TunnelException.class)
                .hasMessageContaining("has changed")
                .hasMessageContaining("line 2 of " + knownHosts);
        assertThat(asked).isEmpty();
        awaitNoSshThreads();
    }

    @Test
    void keysComeFromSshAgentAndNoKeyAtAllIsExplained() throws Exception {
        trustHostKey();
        writeConfig("");
        assertThatThrownBy(() -> tunnels(HostKeyQuestion.REFUSE).open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port())))
                .isInstanceOf(TunnelException.class)
                .hasMessageContaining("accepted none of the keys")
                .hasMessageContaining("no ssh-agent");

        try (ThrowawayAgent agent = ThrowawayAgent.start(dir.resolve("agent.sock"))) {
            agent.add(sshd.clientKey());
            SshSettings withAgent = SshSettings.inHome(home).withAgentSocket(agent.socket());
            try (SshTunnel tunnel = new SshTunnels(withAgent, HostKeyQuestion.REFUSE)
                    .open(target(), new TunnelEnd.Tcp("127.0.0.1", echo.port()))) {
                assertGreetingAndEcho(tunnel);
            }
        }
    }

    @Test
    void aDisplayThatIsNotThereIsReportedAsSuch() throws Exception {
        trustHostKey();
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        assertThatThrownBy(() -> tunnels(HostKeyQuestion.REFUSE).open(target(), new TunnelEnd.Tcp("127.0.0.1", closedPort)))
                .isInstanceOf(TunnelException.class)
                .hasMessageContaining("could not connect to 127.0.0.1:" + closedPort);
        awaitNoSshThreads();
    }

    private SshTunnels tunnels(HostKeyQuestion question) {
        return new SshTunnels(SshSettings.inHome(home), question);
    }

    private static SshTarget target() {
        return new SshTarget(null, ALIAS, -1, null);
    }

    private void writeConfig(String extra) throws IOException {
        Files.writeString(home.resolve(".ssh/config"), "# the test's own ssh_config\nHost " + ALIAS + "\n  HostName 127.0.0.1\n"
                + "  Port " + sshd.port() + "\n  User " + System.getProperty("user.name") + "\n" + extra);
    }

    /** A comment first, so the host's entry is line 2. */
    private void trustHostKey() throws IOException {
        Files.writeString(knownHosts, "# written by the test\n" + sshd.knownHostsName() + " " + sshd.hostPublicKey() + "\n");
    }

    private static void assertGreetingAndEcho(SshTunnel tunnel) throws IOException {
        assertThat(new String(tunnel.input().readNBytes(EchoServer.GREETING.length()), StandardCharsets.US_ASCII))
                .isEqualTo(EchoServer.GREETING);
        byte[] sent = "ping from summit".getBytes(StandardCharsets.US_ASCII);
        tunnel.output().write(sent);
        assertThat(tunnel.input().readNBytes(sent.length)).isEqualTo(sent);
    }

    /** JSch's session threads end with the session: none may outlive a failed attempt. */
    private static void awaitNoSshThreads() throws InterruptedException {
        for (int i = 0; i < 40 && sshThreads() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(sshThreads()).isZero();
    }

    private static long sshThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("Connect thread") || t.getName().startsWith("DirectTCPIP thread"))
                .count();
    }
}
