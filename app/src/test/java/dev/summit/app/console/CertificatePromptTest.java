package dev.summit.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.SummitStore;
import dev.summit.console.rfb.security.x509.PresentedCertificate;
import dev.summit.console.rfb.security.x509.TrustAnswer;
import dev.summit.console.rfb.security.x509.UnverifiedCertificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certificate question's words, the remembered fingerprints, and the CLI's headless answer. */
class CertificatePromptTest {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final PresentedCertificate CERT = new PresentedCertificate("AA:BB", "CN=kvm1.example.org", "CN=kvm1.example.org",
            Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-12-01T00:00:00Z"), List.of("kvm1.example.org", "192.0.2.7"));

    @Test
    void firstContactShowsTheFactsWithoutAWarning() {
        CertificatePrompt prompt = CertificatePrompt.of(new UnverifiedCertificate("kvm1.example.org:5900", "kvm1.example.org",
                CERT, "unable to find valid certification path", null), NOW);
        assertThat(prompt.title()).isEqualTo("Unknown VNC certificate");
        assertThat(prompt.header()).contains("kvm1.example.org:5900").contains("not seen");
        assertThat(prompt.rows().get(0)).isEqualTo(new CertificatePrompt.Row("SHA-256 fingerprint", "AA:BB"));
        assertThat(prompt.rows()).extracting(CertificatePrompt.Row::value)
                .contains("kvm1.example.org, 192.0.2.7", "CN=kvm1.example.org (self-signed)");
        assertThat(prompt.warning()).isEmpty();
        assertThat(prompt.changed()).isFalse();
    }

    @Test
    void aChangedCertificateForAnotherNameWarnsLoudly() {
        PresentedCertificate expired = new PresentedCertificate("CC:DD", "CN=other", "CN=Some CA", CERT.notBefore(),
                Instant.parse("2026-12-02T00:00:00Z"), List.of("other.example.org"));
        CertificatePrompt prompt = CertificatePrompt.of(new UnverifiedCertificate("kvm1.example.org:5900", "kvm1.example.org",
                expired, "PKIX path building failed", "AA:BB"), NOW);
        assertThat(prompt.title()).isEqualTo("VNC certificate changed");
        assertThat(prompt.header()).contains("CHANGED");
        assertThat(prompt.rows()).contains(new CertificatePrompt.Row("Accepted before", "AA:BB"));
        assertThat(prompt.warning()).contains("WARNING").contains("different certificate")
                .contains("not issued for kvm1.example.org").contains("not valid at this time");
        assertThat(prompt.changed()).isTrue();
    }

    @Test
    void alwaysIsKeptInTheStoreByEndpoint() {
        try (SummitStore store = SummitStore.inMemory()) {
            RememberedCertificates remembered = new RememberedCertificates(store.preferences());
            assertThat(remembered.fingerprint("kvm1:5900")).isEmpty();
            remembered.remember("kvm1:5900", CERT);
            assertThat(new RememberedCertificates(store.preferences()).fingerprint("kvm1:5900")).contains("AA:BB");
            assertThat(remembered.fingerprint("kvm1:5901")).isEmpty();
            assertThat(remembered.forget("kvm1:5900")).isTrue();
            assertThat(remembered.fingerprint("kvm1:5900")).isEmpty();
        }
    }

    @Test
    void theCliAcceptsOnlyTheFingerprintItWasGiven() {
        UnverifiedCertificate unknown = new UnverifiedCertificate("kvm1:5900", "kvm1", CERT, "no CA", null);
        FingerprintQuestion none = new FingerprintQuestion(null);
        assertThat(none.ask(unknown)).isEqualTo(TrustAnswer.REFUSE);
        assertThat(none.refused()).contains(unknown);
        assertThat(new FingerprintQuestion("aabb").ask(unknown)).isEqualTo(TrustAnswer.ACCEPT_ONCE);
        assertThat(new FingerprintQuestion("AA:BC").ask(unknown)).isEqualTo(TrustAnswer.REFUSE);
    }
}
