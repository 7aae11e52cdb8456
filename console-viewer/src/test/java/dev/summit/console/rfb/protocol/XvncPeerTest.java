package dev.summit.console.rfb.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.security.TlsOptions;
import dev.summit.console.rfb.security.x509.TlsPeer;
import dev.summit.console.testing.Command;
import dev.summit.console.testing.RecordingListener;
import dev.summit.console.testing.ScreenDump;
import dev.summit.console.testing.SocketTransport;
import dev.summit.console.testing.TestCertificates;
import dev.summit.console.testing.XvncServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Against TigerVNC's Xvnc: each encoding forced on its own, then VNC authentication and VeNCrypt X509. */
@Tag("peer")
class XvncPeerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "s3cret";

    @TempDir
    Path dir;

    /** Lossless only (no JPEG quality level), so every pixel must match the X server's own picture. */
    private static RfbOptions only(int encoding) {
        return RfbOptions.defaults().withEncodings(List.of(encoding)).withJpegQuality(-1);
    }

    private static RfbClient connect(XvncServer server, RfbOptions options, RecordingListener listener) throws Exception {
        RfbClient client = new RfbClient(SocketTransport.tcp(server.port()), options, listener);
        client.start();
        listener.await("first frame", WAIT, () -> listener.frames() > 0);
        assertThat(client.framebuffer().width()).isEqualTo(XvncServer.WIDTH);
        assertThat(client.framebuffer().height()).isEqualTo(XvncServer.HEIGHT);
        return client;
    }

    private static void awaitSameAsScreen(XvncServer server, RfbClient client, RecordingListener listener) throws Exception {
        ScreenDump expected = server.screen();
        Framebuffer fb = client.framebuffer();
        int[] actual = new int[fb.width() * fb.height()];
        listener.await("framebuffer equal to the X screen", WAIT, () -> {
            fb.copyTo(actual);
            return Arrays.equals(actual, expected.argb());
        });
    }

    /** TigerVNC has no Zlib encoder (it answers a Zlib-only client in Raw); QemuPeerTest covers Zlib. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {Encodings.RAW, Encodings.HEXTILE, Encodings.ZRLE, Encodings.TIGHT})
    void eachEncodingDrawsTheRealScreen(int encoding) throws Exception {
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "None")) {
            RecordingListener listener = new RecordingListener();
            try (RfbClient client = connect(server, only(encoding), listener)) {
                server.x("xsetroot", "-solid", "#336699");
                listener.await("#336699", WAIT, () -> client.framebuffer().get(160, 120) == 0xFF336699);
                // A plaid of two colours: edges and runs in every tile, not one solid fill.
                server.x("xsetroot", "-mod", "5", "3", "-fg", "#ff8000", "-bg", "#204060");
                awaitSameAsScreen(server, client, listener);
                assertThat(client.statistics().dominantEncoding()).isEqualTo(encoding);
                assertThat(client.statistics().bytesReceived()).isGreaterThan(0);
            }
            assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");
        }
    }

    @Test
    void vncAuthentication() throws Exception {
        Path passwd = vncPasswordFile();
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "VncAuth", "-rfbauth", passwd.toString())) {
            RecordingListener listener = new RecordingListener(null, PASSWORD);
            try (RfbClient client = connect(server, RfbOptions.defaults(), listener)) {
                server.x("xsetroot", "-solid", "#336699");
                listener.await("#336699", WAIT, () -> client.framebuffer().get(0, 0) == 0xFF336699);
                assertThat(listener.events()).containsSubsequence("state AUTHENTICATION", "credentials false", "state CONNECTED");
            }

            RecordingListener wrong = new RecordingListener(null, "wrong");
            new RfbClient(SocketTransport.tcp(server.port()), RfbOptions.defaults(), wrong).start();
            assertThat(wrong.awaitDisconnected()).startsWith("Authentication failed: ");
        }
    }

    @Test
    void veNCryptX509VncVerifiesTheCertificate() throws Exception {
        TestCertificates certs = TestCertificates.create(dir);
        Path passwd = vncPasswordFile();
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "X509Vnc", "-rfbauth", passwd.toString(),
                "-X509Cert", certs.certificate().toString(), "-X509Key", certs.key().toString())) {
            RecordingListener listener = new RecordingListener(null, PASSWORD);
            RfbOptions options = only(Encodings.TIGHT).withTls(trusting(certs, "localhost", server));
            try (RfbClient client = connect(server, options, listener)) {
                server.x("xsetroot", "-mod", "4", "4", "-fg", "#ff8000", "-bg", "#204060");
                awaitSameAsScreen(server, client, listener);
            }
            assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");

            RecordingListener untrusting = new RecordingListener(null, PASSWORD);
            new RfbClient(SocketTransport.tcp(server.port()), RfbOptions.defaults(), untrusting).start();
            assertThat(untrusting.awaitDisconnected()).contains("no trusted CA signed").contains("certification path");
            assertThat(untrusting.events()).doesNotContain("credentials false");

            RecordingListener wrongHost = new RecordingListener(null, PASSWORD);
            RfbOptions otherHost = RfbOptions.defaults().withTls(trusting(certs, "kvm1.example", server));
            new RfbClient(SocketTransport.tcp(server.port()), otherHost, wrongHost).start();
            assertThat(wrongHost.awaitDisconnected()).startsWith("TLS handshake failed").contains("kvm1.example");
        }
    }

    @Test
    void veNCryptX509NoneAsksForNoPassword() throws Exception {
        TestCertificates certs = TestCertificates.create(dir);
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "X509None",
                "-X509Cert", certs.certificate().toString(), "-X509Key", certs.key().toString())) {
            RecordingListener listener = new RecordingListener();
            RfbOptions options = RfbOptions.defaults().withTls(trusting(certs, "127.0.0.1", server));
            try (RfbClient client = connect(server, options, listener)) {
                server.x("xsetroot", "-solid", "#336699");
                listener.await("#336699", WAIT, () -> client.framebuffer().get(319, 239) == 0xFF336699);
            }
            assertThat(listener.events()).doesNotContain("credentials false", "credentials true");
        }
    }

    /** The JDK disables anonymous suites; an Xvnc offering only TLSVnc must be refused with that reason. */
    @Test
    void anonymousTlsVncIsRefusedWithTheReason() throws Exception {
        Path passwd = vncPasswordFile();
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "TLSVnc", "-rfbauth", passwd.toString())) {
            RecordingListener listener = new RecordingListener(null, PASSWORD);
            new RfbClient(SocketTransport.tcp(server.port()), RfbOptions.defaults(), listener).start();
            assertThat(listener.awaitDisconnected()).contains("anonymous TLS").contains("jdk.tls.disabledAlgorithms");
        }
    }

    private static TlsOptions trusting(TestCertificates certs, String serverName, XvncServer server) {
        return TlsOptions.JDK_TRUST_STORE.withCaFiles(List.of(certs.certificate())).withPeer(new TlsPeer(serverName, server.port()));
    }

    private Path vncPasswordFile() throws Exception {
        Path file = dir.resolve("passwd");
        byte[] obfuscated = Command.run(List.of("vncpasswd", "-f"), (PASSWORD + "\n" + PASSWORD + "\n").getBytes(StandardCharsets.US_ASCII), dir);
        Files.write(file, obfuscated);
        return file;
    }
}
