package dev.summit.console.rfb.security.x509;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * Presents the client certificate, if there is one, and notes whether the server asked for one: a
 * server with {@code vnc_tls_x509_verify} that gets none closes the connection without a word, and
 * only this note lets the viewer say why.
 */
public final class ClientCertificateRequest extends X509ExtendedKeyManager {
    private final X509KeyManager keys;
    private volatile boolean asked;

    private ClientCertificateRequest(X509KeyManager keys) {
        this.keys = keys;
    }

    /** @param certificate null when the viewer has no client certificate */
    public static ClientCertificateRequest of(ClientCertificate certificate) throws GeneralSecurityException, IOException {
        if (certificate == null) {
            return new ClientCertificateRequest(null);
        }
        for (KeyManager manager : certificate.keyManagers()) {
            if (manager instanceof X509KeyManager x509) {
                return new ClientCertificateRequest(x509);
            }
        }
        return new ClientCertificateRequest(null);
    }

    /** Whether the server asked for a client certificate during the handshake. */
    public boolean asked() {
        return asked;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return chooseClientAlias(keyType, issuers, null);
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        asked = true;
        return keys == null ? null : keys.chooseClientAlias(keyType, issuers, socket);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return keys == null ? null : keys.getClientAliases(keyType, issuers);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return keys == null ? null : keys.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return keys == null ? null : keys.getPrivateKey(alias);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
