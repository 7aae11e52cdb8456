package dev.summit.console.rfb.security.x509;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * A certificate and its private key, both PEM, that the viewer presents when the server asks for one
 * (QEMU's {@code x509verify}, libvirt's {@code vnc_tls_x509_verify = 1}).
 */
public record ClientCertificate(Path certificate, Path key) {
    private static final char[] IN_MEMORY = new char[0];

    public ClientCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(key, "key");
    }

    /** Key managers holding this pair; fails with a sentence naming the file that is wrong. */
    public KeyManager[] keyManagers() throws GeneralSecurityException, IOException {
        Certificate[] chain;
        try (InputStream in = Files.newInputStream(certificate)) {
            chain = CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(Certificate[]::new);
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException("the client certificate " + certificate + " is not a PEM certificate: "
                    + e.getMessage(), e);
        }
        if (chain.length == 0) {
            throw new GeneralSecurityException("the client certificate file " + certificate + " holds no certificate");
        }
        PrivateKey privateKey = PemPrivateKey.read(key);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("client", privateKey, IN_MEMORY, chain);
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, IN_MEMORY);
        return factory.getKeyManagers();
    }
}
