package dev.summit.console.rfb.security.x509;

import java.security.cert.CertificateException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trust on first use for certificates no CA vouches for: a fingerprint remembered for the server is
 * accepted silently; anything else is put to the user, a changed certificate flagged as such, and
 * never accepted without an answer.
 */
public record FirstUseTrust(KnownCertificates known, CertificateQuestion question) {
    private static final Logger LOG = LoggerFactory.getLogger(FirstUseTrust.class);

    /** Remembers nothing and asks nobody: every certificate without a trusted chain is refused. */
    public static final FirstUseTrust REFUSE_UNKNOWN = new FirstUseTrust(KnownCertificates.NONE, CertificateQuestion.REFUSE);

    public FirstUseTrust {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(question, "question");
    }

    /**
     * @param endpoint "host:port"; null when the caller cannot say which server this is (then nothing
     *                 is remembered and the user is asked each time)
     * @throws CertificateException when the certificate is refused, naming its fingerprint
     */
    void decide(String endpoint, String serverName, PresentedCertificate presented, String problem) throws CertificateException {
        Optional<String> remembered = endpoint == null ? Optional.empty() : known.fingerprint(endpoint);
        if (remembered.isPresent() && remembered.get().equals(presented.fingerprint())) {
            LOG.debug("certificate of {} accepted: its fingerprint was remembered", endpoint);
            return;
        }
        UnverifiedCertificate unverified = new UnverifiedCertificate(endpoint, serverName, presented, problem,
                remembered.orElse(null));
        if (unverified.changed()) {
            LOG.warn("the certificate of {} CHANGED: remembered {}, presented {}", endpoint, remembered.get(),
                    presented.fingerprint());
        }
        TrustAnswer answer = question.ask(unverified);
        if (answer == null || answer == TrustAnswer.REFUSE) {
            throw new CertificateException(refusal(unverified));
        }
        if (answer == TrustAnswer.ACCEPT_ALWAYS && endpoint != null) {
            known.remember(endpoint, presented);
        }
        LOG.info("certificate of {} ({}) accepted by the user: {}", endpoint, presented.fingerprint(), answer);
    }

    static String refusal(UnverifiedCertificate unverified) {
        String where = unverified.endpoint() == null ? "The VNC server" : "The VNC server at " + unverified.endpoint();
        String what = unverified.changed()
                ? " presented a DIFFERENT certificate than the one accepted before (was SHA-256 "
                        + unverified.rememberedFingerprint() + ")"
                : " presented a certificate no trusted CA signed (" + unverified.problem() + ")";
        return where + what + "; its SHA-256 fingerprint is " + unverified.certificate().fingerprint() + " — refused";
    }
}
