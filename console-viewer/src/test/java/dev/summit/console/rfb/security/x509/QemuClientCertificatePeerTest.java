package dev.summit.console.rfb.security.x509;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbOptions;
import dev.summit.console.rfb.security.TlsOptions;
import dev.summit.console.testing.QemuVncServer;
import dev.summit.console.testing.RecordingListener;
import dev.summit.console.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QEMU's own VNC server with {@code tls-creds-x509} and {@code verify-peer=on}, as libvirt starts it
 * with {@code vnc_tls_x509_verify = 1}: the viewer gets in with the client certificate found in
 * libvirt's per-user VNC place, and is turned away without one.
 */
@Tag("peer")
class QemuClientCertificatePeerTest {
    @TempDir
    Path dir;

    @Test
    void theClientCertificateFromLibvirtsPlaceIsPresented() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("ca"), "Libvirt Test CA");
        Path x509 = Files.createDirectories(dir.resolve("libvirt-vnc"));
        TestPki.KeyPair server = pki.server("localhost", "DNS:localhost");
        pki.installCa(x509.resolve("ca-cert.pem"));
        Files.copy(server.certificate(), x509.resolve("server-cert.pem"));
        Files.copy(server.key(), x509.resolve("server-key.pem"));

        Path home = dir.resolve("home");
        pki.installCa(home.resolve(".pki/libvirt/cacert.pem"));
        LibvirtPki withoutClient = new LibvirtPki(dir.resolve("root"), home, false);
        TestPki.KeyPair client = pki.client("summit-client");
        Files.createDirectories(home.resolve(".pki/libvirt-vnc/private"));
        Path withClientHome = dir.resolve("home2");
        pki.installCa(withClientHome.resolve(".pki/libvirt/cacert.pem"));
        Files.createDirectories(withClientHome.resolve(".pki/libvirt-vnc/private"));
        Files.copy(client.certificate(), withClientHome.resolve(".pki/libvirt-vnc/clientcert.pem"));
        Files.copy(client.key(), withClientHome.resolve(".pki/libvirt-vnc/private/clientkey.pem"));
        LibvirtPki withClient = new LibvirtPki(dir.resolve("root"), withClientHome, false);
        assertThat(withClient.clientCertificate()).isPresent();

        try (QemuVncServer qemu = QemuVncServer.startWithTls(Files.createDirectories(dir.resolve("qemu")), x509, true)) {
            TlsPeer peer = new TlsPeer("localhost", -1);
            RecordingListener accepted = new RecordingListener();
            try (RfbClient client1 = new RfbClient(qemu.connect(),
                    RfbOptions.defaults().withTls(TlsOptions.libvirt(withClient, peer, FirstUseTrust.REFUSE_UNKNOWN)), accepted)) {
                client1.start();
                accepted.await("first frame", Duration.ofSeconds(60), () -> accepted.frames() > 0
                        || accepted.events().stream().anyMatch(e -> e.startsWith("disconnected")));
                assertThat(accepted.frames()).as("events %s, qemu log %s", accepted.events(), qemu.log()).isGreaterThan(0);
            }

            RecordingListener refused = new RecordingListener();
            new RfbClient(qemu.connect(), RfbOptions.defaults().withTls(TlsOptions.libvirt(withoutClient, peer,
                    FirstUseTrust.REFUSE_UNKNOWN)), refused).start();
            assertThat(refused.awaitDisconnected()).contains("asked for a client certificate").contains("found none")
                    .contains("~/.pki/libvirt-vnc/clientcert.pem");
            assertThat(refused.frames()).isZero();
        }
    }
}
