package dev.summit.console.rfb.security.x509;

/**
 * Asks the user whether to trust a certificate, as ssh asks about an unknown host key. Called on the
 * connection's reader thread after the TLS handshake and before any password is sent; blocking until
 * the user answers is allowed. The protocol never opens a dialog: the app implements this.
 */
@FunctionalInterface
public interface CertificateQuestion {
    /** For callers with nobody to ask: every unknown certificate is refused. */
    CertificateQuestion REFUSE = certificate -> TrustAnswer.REFUSE;

    TrustAnswer ask(UnverifiedCertificate certificate);
}
