package dev.summit.console.rfb.security.x509;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbOptions;
import dev.summit.console.rfb.security.TlsOptions;
import dev.summit.console.testing.Command;
import dev.summit.console.testing.RecordingListener;
import dev.summit.console.testing.SocketTransport;
import dev.summit.console.testing.TestCertificates;
import dev.summit.console.testing.TestPki;
import dev.summit.console.testing.XvncServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VeNCrypt X509 against TigerVNC's Xvnc, with certificates made by openssl: libvirt's CA files are
 * trusted where libvirt keeps them (under a temporary root, never the real /etc/pki), a certificate for
 * another name is refused naming both names, and one no CA signed is put to the user like an ssh host key.
 */
@Tag("peer")
class X509TrustPeerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "s3cret";

    @TempDir
    Path dir;

    @Test
    void serverSignedByLibvirtsSystemCaConnects() throws Exception {
        TestPki.KeyPair server = serverSignedBySystemCa("localhost", "DNS:localhost,IP:127.0.0.1");
        try (XvncServer xvnc = x509Vnc(server.certificate(), server.key())) {
            ScriptedQuestion question = new ScriptedQuestion(TrustAnswer.REFUSE);
            TlsOptions tls = TlsOptions.libvirt(systemPki(), new TlsPeer("localhost", xvnc.port()), trust(question));
            assertConnects(xvnc, tls);
            assertThat(question.asked).as("a CA-signed certificate is not put to the user").isEmpty();

            TlsOptions byAddress = tls.withPeer(new TlsPeer("127.0.0.1", xvnc.port()));
            assertConnects(xvnc, byAddress);
        }
    }

    @Test
    void usersOwnLibvirtCaIsTrustedAndTheVncCertDirToo() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("ca"), "Per-user CA");
        TestPki.KeyPair server = pki.server("localhost", "DNS:localhost");
        LibvirtPki user = new LibvirtPki(dir.resolve("root"), dir.resolve("home"), false);
        pki.installCa(dir.resolve("home/.pki/libvirt/cacert.pem"));
        assertThat(user.caFiles()).containsExactly(dir.resolve("home/.pki/libvirt/cacert.pem"));
        LibvirtPki host = new LibvirtPki(dir.resolve("root"), dir.resolve("nohome"), true);
        pki.installCa(dir.resolve("root/etc/pki/libvirt-vnc/ca-cert.pem"));
        assertThat(host.caFiles()).containsExactly(dir.resolve("root/etc/pki/libvirt-vnc/ca-cert.pem"));
        try (XvncServer xvnc = x509Vnc(server.certificate(), server.key())) {
            assertConnects(xvnc, TlsOptions.libvirt(user, new TlsPeer("localhost", xvnc.port()), FirstUseTrust.REFUSE_UNKNOWN));
            assertConnects(xvnc, TlsOptions.libvirt(host, new TlsPeer("localhost", xvnc.port()), FirstUseTrust.REFUSE_UNKNOWN));
        }
    }

    @Test
    void certificateForAnotherHostIsRefusedNamingBothNames() throws Exception {
        TestPki.KeyPair server = serverSignedBySystemCa("kvm2.example.org", "DNS:kvm2.example.org,DNS:kvm2,IP:192.0.2.2");
        try (XvncServer xvnc = x509Vnc(server.certificate(), server.key())) {
            ScriptedQuestion question = new ScriptedQuestion(TrustAnswer.ACCEPT_ALWAYS);
            TlsOptions tls = TlsOptions.libvirt(systemPki(), new TlsPeer("kvm1.example.org", xvnc.port()), trust(question));
            RecordingListener listener = new RecordingListener(null, PASSWORD);
            new RfbClient(SocketTransport.tcp(xvnc.port()), RfbOptions.defaults().withTls(tls), listener).start();
            assertThat(listener.awaitDisconnected()).startsWith("TLS handshake failed")
                    .contains("kvm1.example.org").contains("kvm2.example.org, kvm2, 192.0.2.2");
            assertThat(listener.events()).doesNotContain("credentials false");
            assertThat(question.asked).as("a CA-signed certificate for the wrong name is refused, not asked about").isEmpty();

            RecordingListener byWrongAddress = new RecordingListener(null, PASSWORD);
            TlsOptions address = tls.withPeer(new TlsPeer("127.0.0.1", xvnc.port()));
            new RfbClient(SocketTransport.tcp(xvnc.port()), RfbOptions.defaults().withTls(address), byWrongAddress).start();
            assertThat(byWrongAddress.awaitDisconnected()).contains("not for 127.0.0.1");
        }
    }

    @Test
    void unknownSelfSignedCertificateIsPutToTheUserAndNoRefuses() throws Exception {
        TestCertificates selfSigned = TestCertificates.create(dir);
        try (XvncServer xvnc = x509Vnc(selfSigned.certificate(), selfSigned.key())) {
            ScriptedQuestion question = new ScriptedQuestion(TrustAnswer.REFUSE);
            TlsPeer peer = new TlsPeer("localhost", xvnc.port());
            TlsOptions tls = TlsOptions.libvirt(emptyPki(), peer, trust(question));
            RecordingListener listener = new RecordingListener(null, PASSWORD);
            new RfbClient(SocketTransport.tcp(xvnc.port()), RfbOptions.defaults().withTls(tls), listener).start();
            String fingerprint = fingerprintOf(selfSigned.certificate());
            assertThat(listener.awaitDisconnected()).contains(fingerprint).contains("refused").contains(peer.endpoint());
            assertThat(listener.events()).as("no password goes to a server the user refused").doesNotContain("credentials false");

            assertThat(question.asked).hasSize(1);
            UnverifiedCertificate asked = question.asked.get(0);
            assertThat(asked.endpoint()).isEqualTo("localhost:" + xvnc.port());
            assertThat(asked.changed()).isFalse();
            assertThat(asked.namesServer()).isTrue();
            assertThat(asked.certificate().fingerprint()).isEqualTo(fingerprint);
            assertThat(asked.certificate().subject()).isEqualTo("CN=localhost");
            assertThat(asked.certificate().selfSigned()).isTrue();
            assertThat(asked.certificate().names()).containsExactly("localhost", "127.0.0.1");
            assertThat(asked.problem()).contains("certification path");
        }
    }

    @Test
    void alwaysIsRememberedAndAChangedCertificateIsFlagged() throws Exception {
        TestCertificates first = TestCertificates.create(Files.createDirectories(dir.resolve("first")));
        KnownCertificates known = KnownCertificates.inMemory();
        TlsPeer peer;
        try (XvncServer xvnc = x509Vnc(first.certificate(), first.key())) {
            peer = new TlsPeer("localhost", xvnc.port());
            ScriptedQuestion always = new ScriptedQuestion(TrustAnswer.ACCEPT_ALWAYS);
            assertConnects(xvnc, TlsOptions.libvirt(emptyPki(), peer, new FirstUseTrust(known, always)));
            assertThat(always.asked).hasSize(1);
            assertThat(known.fingerprint(peer.endpoint())).contains(fingerprintOf(first.certificate()));

            ScriptedQuestion never = new ScriptedQuestion(TrustAnswer.REFUSE);
            assertConnects(xvnc, TlsOptions.libvirt(emptyPki(), peer, new FirstUseTrust(known, never)));
            assertThat(never.asked).as("a remembered certificate is accepted without asking").isEmpty();

            ScriptedQuestion once = new ScriptedQuestion(TrustAnswer.ACCEPT_ONCE);
            TlsPeer otherPort = new TlsPeer("localhost", xvnc.port() + 1);
            KnownCertificates fresh = KnownCertificates.inMemory();
            assertConnects(xvnc, TlsOptions.libvirt(emptyPki(), otherPort, new FirstUseTrust(fresh, once)));
            assertThat(fresh.fingerprint(otherPort.endpoint())).as("'once' remembers nothing").isEmpty();
        }

        // The same server restarted with a new certificate: never a silent accept.
        TestCertificates second = TestCertificates.create(Files.createDirectories(dir.resolve("second")));
        try (XvncServer xvnc = x509Vnc(second.certificate(), second.key())) {
            TlsPeer samePeer = new TlsPeer("localhost", xvnc.port());
            known.remember(samePeer.endpoint(), PresentedCertificate.of(load(first.certificate())));
            ScriptedQuestion refuse = new ScriptedQuestion(TrustAnswer.REFUSE);
            RecordingListener listener = new RecordingListener(null, PASSWORD);
            TlsOptions tls = TlsOptions.libvirt(emptyPki(), samePeer, new FirstUseTrust(known, refuse));
            new RfbClient(SocketTransport.tcp(xvnc.port()), RfbOptions.defaults().withTls(tls), listener).start();
            assertThat(listener.awaitDisconnected()).contains("DIFFERENT certificate")
                    .contains(fingerprintOf(first.certificate())).contains(fingerprintOf(second.certificate()));
            assertThat(refuse.asked).hasSize(1);
            assertThat(refuse.asked.get(0).changed()).isTrue();
            assertThat(refuse.asked.get(0).rememberedFingerprint()).isEqualTo(fingerprintOf(first.certificate()));
            assertThat(known.fingerprint(samePeer.endpoint())).as("a refusal keeps the old fingerprint")
                    .contains(fingerprintOf(first.certificate()));
        }
    }

    private void assertConnects(XvncServer xvnc, TlsOptions tls) throws Exception {
        RecordingListener listener = new RecordingListener(null, PASSWORD);
        try (RfbClient client = new RfbClient(SocketTransport.tcp(xvnc.port()), RfbOptions.defaults().withTls(tls), listener)) {
            client.start();
            listener.await("first frame", WAIT, () -> listener.frames() > 0 || !listener.events().stream()
                    .filter(e -> e.startsWith("disconnected")).toList().isEmpty());
            assertThat(listener.frames()).as("connected, events: %s", listener.events()).isGreaterThan(0);
            assertThat(listener.events()).contains("credentials false");
        }
    }

    private XvncServer x509Vnc(Path certificate, Path key) throws Exception {
        Path passwd = dir.resolve("passwd");
        if (!Files.exists(passwd)) {
            Files.write(passwd, Command.run(List.of("vncpasswd", "-f"),
                    (PASSWORD + "\n" + PASSWORD + "\n").getBytes(StandardCharsets.US_ASCII), dir));
        }
        return XvncServer.start(dir, "-SecurityTypes", "X509Vnc", "-rfbauth", passwd.toString(),
                "-X509Cert", certificate.toString(), "-X509Key", key.toString());
    }

    /** A CA installed as libvirt's system CA under the test's root, and a server certificate it signed. */
    private TestPki.KeyPair serverSignedBySystemCa(String commonName, String subjectAltNames) throws Exception {
        TestPki pki = TestPki.create(dir.resolve("ca"), "Libvirt Test CA");
        pki.installCa(dir.resolve("root/etc/pki/CA/cacert.pem"));
        return pki.server(commonName, subjectAltNames);
    }

    private LibvirtPki systemPki() {
        return new LibvirtPki(dir.resolve("root"), dir.resolve("home"), false);
    }

    private LibvirtPki emptyPki() {
        return new LibvirtPki(dir.resolve("empty-root"), dir.resolve("empty-home"), false);
    }

    private static FirstUseTrust trust(CertificateQuestion question) {
        return new FirstUseTrust(KnownCertificates.inMemory(), question);
    }

    private static X509Certificate load(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static String fingerprintOf(Path pem) throws Exception {
        return PresentedCertificate.of(load(pem)).fingerprint();
    }

    /** Answers every question the same way and keeps what it was asked. */
    private static final class ScriptedQuestion implements CertificateQuestion {
        final List<UnverifiedCertificate> asked = new ArrayList<>();
        private final TrustAnswer answer;

        ScriptedQuestion(TrustAnswer answer) {
            this.answer = answer;
        }

        @Override
        public synchronized TrustAnswer ask(UnverifiedCertificate certificate) {
            asked.add(certificate);
            return answer;
        }
    }
}
