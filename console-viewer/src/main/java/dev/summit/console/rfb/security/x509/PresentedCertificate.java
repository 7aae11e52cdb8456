package dev.summit.console.rfb.security.x509;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a user needs to judge a server's certificate, as ssh shows a host key: its SHA-256 fingerprint
 * (not a secret), whom it names, who signed it and when it is valid.
 *
 * @param fingerprint SHA-256 of the DER encoding, upper-case hex pairs joined by colons (openssl's form)
 * @param names       the host names and addresses it is issued for (see {@link ServerNames#presented})
 */
public record PresentedCertificate(String fingerprint, String subject, String issuer, Instant notBefore,
                                   Instant notAfter, List<String> names) {
    public PresentedCertificate {
        names = List.copyOf(names);
    }

    public static PresentedCertificate of(X509Certificate certificate) {
        return new PresentedCertificate(fingerprint(certificate), certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), ServerNames.presented(certificate));
    }

    public boolean selfSigned() {
        return subject.equals(issuer);
    }

    /** Whether {@code now} lies outside the validity period. */
    public boolean expiredOrNotYetValid(Instant now) {
        return now.isBefore(notBefore) || now.isAfter(notAfter);
    }

    /** Upper-case, colon-separated; accepts a fingerprint typed with or without colons, in any case. */
    public static String normalizeFingerprint(String typed) {
        String hex = typed.strip().replace(":", "").toUpperCase(Locale.ROOT);
        if (hex.startsWith("SHA256")) {
            hex = hex.substring("SHA256".length());
        }
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                pairs.append(':');
            }
            pairs.append(hex, i, Math.min(i + 2, hex.length()));
        }
        return pairs.toString();
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }
}
