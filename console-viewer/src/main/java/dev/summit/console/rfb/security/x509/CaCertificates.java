package dev.summit.console.rfb.security.x509;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CA certificates from PEM files (libvirt's and the user's), as a trust store for the TLS checks. */
final class CaCertificates {
    private static final Logger LOG = LoggerFactory.getLogger(CaCertificates.class);

    private CaCertificates() {
    }

    /**
     * An unreadable file is skipped with a warning, so one bad file does not stop the others or the
     * JDK's store from vouching for a server; a certificate they cannot vouch for is then put to the user.
     *
     * @return null when no file held a certificate
     */
    static KeyStore load(List<Path> files) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot make an empty key store", e);
        }
        int count = 0;
        for (Path file : files) {
            try {
                for (Certificate certificate : read(file)) {
                    store.setCertificateEntry("ca-" + count++, certificate);
                }
            } catch (GeneralSecurityException | IOException e) {
                LOG.warn("skipping CA file {}: {}", file, e.getMessage());
            }
        }
        return count == 0 ? null : store;
    }

    private static Collection<? extends Certificate> read(Path file) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException("the file holds no certificate");
            }
            return certificates;
        }
    }
}
