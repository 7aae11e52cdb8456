package dev.summit.app.console;

import dev.summit.console.rfb.security.x509.CertificateQuestion;
import dev.summit.console.rfb.security.x509.PresentedCertificate;
import dev.summit.console.rfb.security.x509.TrustAnswer;
import dev.summit.console.rfb.security.x509.UnverifiedCertificate;
import java.util.Optional;

/**
 * The headless answer to an unknown certificate (nobody to ask): accept only the one whose SHA-256
 * fingerprint the user typed ({@code summit console --trust-certificate}), for this connection; refuse
 * any other and keep it, so the command can say which fingerprint to check and pass.
 */
public final class FingerprintQuestion implements CertificateQuestion {
    private final String accepted;
    private volatile UnverifiedCertificate refused;

    /** @param accepted a fingerprint in any usual spelling; null accepts nothing */
    public FingerprintQuestion(String accepted) {
        this.accepted = accepted == null ? null : PresentedCertificate.normalizeFingerprint(accepted);
    }

    @Override
    public TrustAnswer ask(UnverifiedCertificate certificate) {
        if (certificate.certificate().fingerprint().equals(accepted)) {
            return TrustAnswer.ACCEPT_ONCE;
        }
        refused = certificate;
        return TrustAnswer.REFUSE;
    }

    /** The certificate refused last, if one was. */
    public Optional<UnverifiedCertificate> refused() {
        return Optional.ofNullable(refused);
    }
}
