package dev.summit.app.console;

import dev.summit.app.store.PreferenceRepository;
import dev.summit.console.rfb.security.x509.KnownCertificates;
import dev.summit.console.rfb.security.x509.PresentedCertificate;
import java.util.Optional;

/**
 * The VNC certificates the user chose to always accept, one fingerprint per "host:port", kept in
 * Summit's preferences like ssh's known_hosts. A fingerprint is public, so the store may hold it.
 * Touches the database: called on a console's reader thread, never the FX thread.
 */
public final class RememberedCertificates implements KnownCertificates {
    static final String KEY_PREFIX = "console.tls.certificate.";

    private final PreferenceRepository preferences;

    public RememberedCertificates(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Override
    public Optional<String> fingerprint(String endpoint) {
        return preferences.get(KEY_PREFIX + endpoint);
    }

    @Override
    public void remember(String endpoint, PresentedCertificate certificate) {
        preferences.put(KEY_PREFIX + endpoint, certificate.fingerprint());
    }

    /** @return false when nothing was remembered for {@code endpoint} */
    public boolean forget(String endpoint) {
        return preferences.remove(KEY_PREFIX + endpoint);
    }
}
