package dev.summit.console.rfb.security.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trust on first use without a server: what is asked, what is remembered, what is refused and how it reads. */
class FirstUseTrustTest {
    private static final PresentedCertificate FIRST = certificate("AA:AA");
    private static final PresentedCertificate SECOND = certificate("BB:BB");

    private final List<UnverifiedCertificate> asked = new ArrayList<>();
    private final KnownCertificates known = KnownCertificates.inMemory();

    private FirstUseTrust answering(TrustAnswer answer) {
        return new FirstUseTrust(known, certificate -> {
            asked.add(certificate);
            return answer;
        });
    }

    @Test
    void alwaysRemembersOnceDoesNotAndARememberedOneIsNotAskedAbout() throws Exception {
        answering(TrustAnswer.ACCEPT_ONCE).decide("kvm1:5900", "kvm1", FIRST, "no CA");
        assertThat(known.fingerprint("kvm1:5900")).isEmpty();
        answering(TrustAnswer.ACCEPT_ALWAYS).decide("kvm1:5900", "kvm1", FIRST, "no CA");
        assertThat(known.fingerprint("kvm1:5900")).contains("AA:AA");
        assertThat(asked).hasSize(2);

        answering(TrustAnswer.REFUSE).decide("kvm1:5900", "kvm1", FIRST, "no CA");
        assertThat(asked).as("remembered: accepted without asking").hasSize(2);
    }

    @Test
    void aChangedCertificateIsAskedAboutAsChangedAndARefusalNamesBothFingerprints() throws Exception {
        known.remember("kvm1:5900", FIRST);
        assertThatThrownBy(() -> answering(TrustAnswer.REFUSE).decide("kvm1:5900", "kvm1", SECOND, "no CA"))
                .isInstanceOf(CertificateException.class)
                .hasMessage("The VNC server at kvm1:5900 presented a DIFFERENT certificate than the one accepted before"
                        + " (was SHA-256 AA:AA); its SHA-256 fingerprint is BB:BB — refused");
        assertThat(asked).singleElement().satisfies(question -> {
            assertThat(question.changed()).isTrue();
            assertThat(question.rememberedFingerprint()).isEqualTo("AA:AA");
        });
        assertThat(known.fingerprint("kvm1:5900")).contains("AA:AA");
    }

    @Test
    void withNobodyToAskAnUnknownCertificateIsRefusedNamingItsFingerprint() {
        assertThatThrownBy(() -> FirstUseTrust.REFUSE_UNKNOWN.decide("kvm1:5900", "kvm1", FIRST, "PKIX path building failed"))
                .hasMessage("The VNC server at kvm1:5900 presented a certificate no trusted CA signed (PKIX path building failed);"
                        + " its SHA-256 fingerprint is AA:AA — refused");
    }

    @Test
    void aCertificateForAnotherNameIsMarkedSoInTheQuestion() {
        assertThat(new UnverifiedCertificate("kvm1:5900", "kvm1", FIRST, "no CA", null).namesServer()).isTrue();
        assertThat(new UnverifiedCertificate("kvm2:5900", "kvm2", FIRST, "no CA", null).namesServer()).isFalse();
        assertThat(new UnverifiedCertificate("192.0.2.7:5900", "192.0.2.7", FIRST, "no CA", null).namesServer()).isTrue();
    }

    private static PresentedCertificate certificate(String fingerprint) {
        return new PresentedCertificate(fingerprint, "CN=kvm1", "CN=kvm1", Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400),
                List.of("kvm1", "192.0.2.7"));
    }
}
