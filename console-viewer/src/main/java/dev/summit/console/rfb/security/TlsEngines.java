package dev.summit.console.rfb.security;

import dev.summit.console.rfb.security.x509.ClientCertificateRequest;
import dev.summit.console.rfb.security.x509.ServerCertificateCheck;
import dev.summit.console.rfb.security.x509.TlsPeer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;

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
    private TlsEngines() {
    }

    /**
     * A TLS session whose server certificate {@code check} judges; {@code client} presents the client
     * certificate, if any, and notes whether the server asked for one.
     */
    public static SSLEngine x509(TlsOptions options, ServerCertificateCheck check, ClientCertificateRequest client)
            throws AuthenticationException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {client}, new TrustManager[] {check}, null);
            // The name goes out as SNI; the check itself is ServerCertificateCheck's, not the JDK's HTTPS rule.
            TlsPeer peer = options.peer();
            SSLEngine engine = peer == null ? context.createSSLEngine() : context.createSSLEngine(peer.serverName(), peer.port());
            engine.setUseClientMode(true);
            return engine;
        } catch (GeneralSecurityException e) {
            throw new AuthenticationException("cannot set up TLS: " + e.getMessage(), e);
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
}
