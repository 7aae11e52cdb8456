package dev.summit.console.rfb.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client-side {@link SSLEngine}s for VeNCrypt.
 *
 * <p>Anonymous TLS (TLSNone, TLSVnc, TLSPlain) needs Diffie-Hellman suites without certificates.
 * The JDK implements them ({@code TLS_DH_anon_*}, {@code TLS_ECDH_anon_*}) but its default
 * {@code jdk.tls.disabledAlgorithms} lists {@code anon}, which removes them from the supported set;
 * a per-engine setting cannot put them back, only a change to that process-wide security property can.
 * So they are used when the runtime allows them and refused with a sentence otherwise.
 */
public final class TlsEngines {
    private static final Logger LOG = LoggerFactory.getLogger(TlsEngines.class);

    private TlsEngines() {
    }

    /** A TLS session that checks the server's certificate against {@code options}. */
    public static SSLEngine x509(TlsOptions options) throws AuthenticationException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(options.caFile() == null ? null : caStore(options));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            SSLEngine engine;
            if (options.serverName() != null) {
                engine = context.createSSLEngine(options.serverName(), -1);
                SSLParameters parameters = engine.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                engine.setSSLParameters(parameters);
            } else {
                LOG.warn("VeNCrypt X509: no server name given, so the certificate's chain is checked but not its host name");
                engine = context.createSSLEngine();
            }
            engine.setUseClientMode(true);
            return engine;
        } catch (GeneralSecurityException | IOException e) {
            throw new AuthenticationException("cannot set up TLS with the CA certificates in " + options.caFile() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether this runtime lets us use anonymous Diffie-Hellman suites at all. */
    public static boolean anonymousAvailable() {
        return anonymousSuites(plainContext()).length > 0;
    }

    /** An anonymous TLS 1.2 session (TLS 1.3 has no anonymous suites). */
    public static SSLEngine anonymous() throws AuthenticationException {
        SSLContext context = plainContext();
        String[] suites = anonymousSuites(context);
        if (suites.length == 0) {
            throw new AuthenticationException(anonymousRefusal());
        }
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(new String[] {"TLSv1.2"});
        engine.setEnabledCipherSuites(suites);
        return engine;
    }

    public static String anonymousRefusal() {
        return "The server offers only anonymous TLS (TLSNone/TLSVnc/TLSPlain), which this Java runtime disables"
                + " (jdk.tls.disabledAlgorithms contains \"anon\"); configure the server for X509 certificates"
                + " (X509None/X509Vnc/X509Plain) instead";
    }

    private static SSLContext plainContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.2");
            context.init(null, null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no TLS 1.2", e);
        }
    }

    private static String[] anonymousSuites(SSLContext context) {
        return Arrays.stream(context.getSupportedSSLParameters().getCipherSuites())
                .filter(suite -> suite.contains("_anon_"))
                .toArray(String[]::new);
    }

    private static KeyStore caStore(TlsOptions options) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(options.caFile())) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("the file holds no certificate");
        }
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + i++, certificate);
        }
        return store;
    }
}
