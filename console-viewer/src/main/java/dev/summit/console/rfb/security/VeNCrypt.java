package dev.summit.console.rfb.security;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.security.x509.ClientCertificateRequest;
import dev.summit.console.rfb.security.x509.ServerCertificateCheck;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VeNCrypt (security type 19), version 0.2: agree on the version, pick a sub-type, start TLS over
 * the same streams, then run the sub-type's inner authentication inside it.
 */
public final class VeNCrypt implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(VeNCrypt.class);

    @Override
    public void authenticate(SecurityContext context) throws IOException {
        HandshakeStreams streams = context.streams();
        RfbInput in = streams.in();
        DataOutputStream out = streams.out();
        int major = in.u8();
        int minor = in.u8();
        if (major == 0 && minor < 2) {
            out.writeShort(0);
            streams.flush();
            throw new AuthenticationException("the server speaks VeNCrypt " + major + "." + minor + ", which is obsolete (0.2 needed)");
        }
        out.writeByte(0);
        out.writeByte(2);
        streams.flush();
        if (in.u8() != 0) {
            throw new AuthenticationException("the server refused VeNCrypt version 0.2");
        }
        int count = in.u8();
        if (count == 0) {
            throw new AuthenticationException("the server offers no VeNCrypt sub-type");
        }
        List<Integer> offered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            offered.add(in.s32());
        }
        VeNCryptSubtype chosen = choose(offered, TlsEngines.anonymousAvailable());
        LOG.debug("VeNCrypt: server offers {}, choosing {}", offered, chosen);
        out.writeInt(chosen.code());
        streams.flush();
        if (in.u8() != 1) {
            throw new AuthenticationException("the server could not start its TLS session");
        }
        if (chosen.x509()) {
            startX509(context);
        } else {
            startTls(streams, TlsEngines.anonymous());
        }
        LOG.debug("VeNCrypt: TLS up ({})", streams.tlsDescription());
        chosen.innerAuthenticator().authenticate(context);
    }

    /** TLS with the server's certificate checked; one no CA vouches for is settled before any password goes out. */
    private static void startX509(SecurityContext context) throws IOException {
        TlsOptions options = context.tls();
        ServerCertificateCheck check;
        try {
            check = ServerCertificateCheck.create(options.caFiles(), options.peer(), options.firstUse());
        } catch (GeneralSecurityException e) {
            throw new AuthenticationException("cannot set up TLS: " + e.getMessage(), e);
        }
        ClientCertificateRequest client;
        try {
            client = ClientCertificateRequest.of(options.clientCertificate());
        } catch (GeneralSecurityException | IOException e) {
            throw new AuthenticationException("cannot use the client certificate: " + e.getMessage(), e);
        }
        try {
            startTls(context.streams(), TlsEngines.x509(options, check, client));
        } finally {
            if (client.asked()) {
                context.streams().explainClosing(options.clientCertificate() == null
                        ? "the server asked for a client certificate (libvirt's vnc_tls_x509_verify) and Summit found none"
                                + " (it looks for ~/.pki/libvirt-vnc/clientcert.pem and private/clientkey.pem, then"
                                + " /etc/pki/libvirt-vnc/, ~/.pki/libvirt/ and /etc/pki/libvirt/)"
                        : "the server asked for a client certificate and may have refused "
                                + options.clientCertificate().certificate());
            }
        }
        try {
            check.settle();
        } catch (CertificateException e) {
            throw new AuthenticationException(e.getMessage(), e);
        }
    }

    private static void startTls(HandshakeStreams streams, SSLEngine engine) throws IOException {
        try {
            streams.startTls(engine);
        } catch (SSLHandshakeException e) {
            throw new AuthenticationException("TLS handshake failed: " + e.getMessage(), e);
        }
    }

    /** Our most preferred sub-type among {@code offered}; anonymous ones only when the runtime allows them. */
    static VeNCryptSubtype choose(List<Integer> offered, boolean anonymousAllowed) throws AuthenticationException {
        Set<VeNCryptSubtype> known = EnumSet.noneOf(VeNCryptSubtype.class);
        for (int code : offered) {
            VeNCryptSubtype.fromCode(code).ifPresent(known::add);
        }
        for (VeNCryptSubtype subtype : VeNCryptSubtype.values()) {
            if (known.contains(subtype) && (subtype.x509() || anonymousAllowed)) {
                return subtype;
            }
        }
        if (!known.isEmpty()) {
            throw new AuthenticationException(TlsEngines.anonymousRefusal());
        }
        throw new AuthenticationException("the server offers no VeNCrypt sub-type we speak (offered: " + offered + ")");
    }
}
