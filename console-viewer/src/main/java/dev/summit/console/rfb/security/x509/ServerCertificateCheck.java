package dev.summit.console.rfb.security.x509;

import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a VNC server's certificate during the TLS handshake: a chain the JDK's store or one of the
 * CA files vouches for must also name the server, or the handshake fails saying which names it
 * carries. A chain nobody vouches for is let through the handshake but held: {@link #settle()}
 * then puts it to {@link FirstUseTrust} before a single byte of authentication is sent. Asking after
 * the handshake keeps a dialog that waits on the user out of the TLS engine's task.
 *
 * <p>One instance per connection attempt.
 */
public final class ServerCertificateCheck extends X509ExtendedTrustManager {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificateCheck.class);

    private final List<X509TrustManager> vouchers;
    private final TlsPeer peer;
    private final FirstUseTrust firstUse;
    private volatile X509Certificate held;
    private volatile String heldProblem;

    private ServerCertificateCheck(List<X509TrustManager> vouchers, TlsPeer peer, FirstUseTrust firstUse) {
        this.vouchers = vouchers;
        this.peer = peer;
        this.firstUse = firstUse;
    }

    /**
     * @param caFiles PEM files whose CAs vouch in addition to the JDK's store
     * @param peer    the server as the user named it; null checks the chain only
     */
    public static ServerCertificateCheck create(List<Path> caFiles, TlsPeer peer, FirstUseTrust firstUse)
            throws GeneralSecurityException {
        List<X509TrustManager> vouchers = new ArrayList<>();
        vouchers.add(trustManager(null));
        KeyStore cas = CaCertificates.load(caFiles);
        if (cas != null) {
            vouchers.add(trustManager(cas));
        }
        return new ServerCertificateCheck(vouchers, peer, firstUse);
    }

    /** Called once the handshake is done: decides about a certificate no CA vouched for. */
    public void settle() throws CertificateException {
        X509Certificate certificate = held;
        if (certificate != null) {
            firstUse.decide(peer == null ? null : peer.endpoint(), peer == null ? null : peer.serverName(),
                    PresentedCertificate.of(certificate), heldProblem);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType);
    }

    private void check(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        CertificateException refusal = null;
        for (X509TrustManager voucher : vouchers) {
            try {
                voucher.checkServerTrusted(chain, authType);
                verifyName(chain[0]);
                return;
            } catch (WrongServerNameException e) {
                throw e;
            } catch (CertificateException e) {
                refusal = refusal == null ? e : refusal;
            }
        }
        LOG.debug("no CA vouches for the certificate of {}: {}", peer, refusal.getMessage());
        held = chain[0];
        // The JDK nests class names in its messages ("…: sun.security….SunCertPathBuilderException: …"); users need the words.
        heldProblem = String.valueOf(refusal.getMessage()).replaceAll("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*Exception: ", "");
    }

    private void verifyName(X509Certificate certificate) throws CertificateException {
        if (peer == null) {
            LOG.warn("VeNCrypt X509: no server name given, so the certificate's chain is checked but not its host name");
            return;
        }
        if (!ServerNames.matches(certificate, peer.serverName())) {
            throw new WrongServerNameException(peer.serverName(), ServerNames.presented(certificate));
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a VNC viewer does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a VNC viewer does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a VNC viewer does not accept clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return vouchers.stream().flatMap(v -> Arrays.stream(v.getAcceptedIssuers())).toArray(X509Certificate[]::new);
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
    }
}
