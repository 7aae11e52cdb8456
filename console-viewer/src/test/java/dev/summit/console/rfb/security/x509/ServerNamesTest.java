package dev.summit.console.rfb.security.x509;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.testing.Command;
import dev.summit.console.testing.TestPki;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 6125 name checks over certificates openssl made, as libvirt's set-up issues them. */
class ServerNamesTest {
    @TempDir
    Path dir;

    @Test
    void dnsNamesMatchWithoutCaseAndAWildcardStandsForOneLabel() throws Exception {
        X509Certificate cert = load(TestPki.create(dir, "CA").server("kvm1.example.org",
                "DNS:kvm1.example.org,DNS:kvm1,DNS:*.lab.example.org").certificate());
        assertThat(ServerNames.matches(cert, "KVM1.Example.org")).isTrue();
        assertThat(ServerNames.matches(cert, "kvm1.example.org.")).isTrue();
        assertThat(ServerNames.matches(cert, "kvm1")).isTrue();
        assertThat(ServerNames.matches(cert, "node7.lab.example.org")).isTrue();
        assertThat(ServerNames.matches(cert, "a.node7.lab.example.org")).as("a wildcard covers one label only").isFalse();
        assertThat(ServerNames.matches(cert, "lab.example.org")).isFalse();
        assertThat(ServerNames.matches(cert, "kvm2.example.org")).isFalse();
        assertThat(ServerNames.presented(cert)).containsExactly("kvm1.example.org", "kvm1", "*.lab.example.org");
    }

    @Test
    void anAddressMatchesOnlyAnIpAddressEntry() throws Exception {
        X509Certificate cert = load(TestPki.create(dir, "CA").server("kvm1", "DNS:kvm1,DNS:192.0.2.9,IP:192.0.2.7,IP:2001:db8::7")
                .certificate());
        assertThat(ServerNames.matches(cert, "192.0.2.7")).isTrue();
        assertThat(ServerNames.matches(cert, "2001:db8:0:0::7")).isTrue();
        assertThat(ServerNames.matches(cert, "[2001:db8::7]")).isTrue();
        assertThat(ServerNames.matches(cert, "192.0.2.9")).as("an address written as a DNS name does not count").isFalse();
        assertThat(ServerNames.presented(cert)).containsExactly("kvm1", "192.0.2.9", "192.0.2.7", "2001:db8:0:0:0:0:0:7");
    }

    @Test
    void theCommonNameCountsOnlyWithoutDnsNames() throws Exception {
        Path cert = dir.resolve("cn-only.pem");
        Command.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=legacy.example.org",
                "-keyout", dir.resolve("cn-only-key.pem").toString(), "-out", cert.toString()), null, dir);
        X509Certificate legacy = load(cert);
        assertThat(ServerNames.matches(legacy, "legacy.example.org")).isTrue();
        assertThat(ServerNames.presented(legacy)).containsExactly("legacy.example.org");

        X509Certificate withSan = load(TestPki.create(dir.resolve("ca2"), "CA").server("cn.example.org", "DNS:san.example.org")
                .certificate());
        assertThat(ServerNames.matches(withSan, "cn.example.org")).isFalse();
        assertThat(ServerNames.matches(withSan, "san.example.org")).isTrue();
    }

    @Test
    void fingerprintsAreNormalisedHowEverTheyAreTyped() {
        assertThat(PresentedCertificate.normalizeFingerprint("sha256:ab:cd:ef")).isEqualTo("AB:CD:EF");
        assertThat(PresentedCertificate.normalizeFingerprint(" abcdef ")).isEqualTo("AB:CD:EF");
    }

    static X509Certificate load(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
