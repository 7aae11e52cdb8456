package dev.summit.console.rfb.security.x509;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprints the user chose to always accept, one per server ("host:port"), like ssh's
 * known_hosts. A fingerprint is not a secret, so the app may keep it in its ordinary settings.
 */
public interface KnownCertificates {
    /** Knows nothing and keeps nothing: for callers that never accept an unknown certificate for good. */
    KnownCertificates NONE = new KnownCertificates() {
        @Override
        public Optional<String> fingerprint(String endpoint) {
            return Optional.empty();
        }

        @Override
        public void remember(String endpoint, PresentedCertificate certificate) {
            // Deliberately nothing.
        }
    };

    Optional<String> fingerprint(String endpoint);

    void remember(String endpoint, PresentedCertificate certificate);

    /** Forgets everything when the process ends: for the CLI and tests. */
    static KnownCertificates inMemory() {
        Map<String, String> known = new ConcurrentHashMap<>();
        return new KnownCertificates() {
            @Override
            public Optional<String> fingerprint(String endpoint) {
                return Optional.ofNullable(known.get(endpoint));
            }

            @Override
            public void remember(String endpoint, PresentedCertificate certificate) {
                known.put(endpoint, certificate.fingerprint());
            }
        };
    }
}
