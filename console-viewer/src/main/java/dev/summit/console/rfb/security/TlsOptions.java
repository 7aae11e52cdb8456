package dev.summit.console.rfb.security;

import dev.summit.console.rfb.security.x509.ClientCertificate;
import dev.summit.console.rfb.security.x509.FirstUseTrust;
import dev.summit.console.rfb.security.x509.LibvirtPki;
import dev.summit.console.rfb.security.x509.TlsPeer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How VeNCrypt's X509 sub-types check the server and present the client.
 *
 * @param caFiles           PEM files whose CAs are trusted besides the JDK's store (libvirt's, see
 *                          {@link LibvirtPki}); unreadable ones are skipped with a warning
 * @param clientCertificate presented when the server asks for one; null for none
 * @param peer              the server as the user named it, whose name a CA-signed certificate must
 *                          carry; null checks the chain only (the transport is an opaque pipe, so only
 *                          the app knows which host it reached)
 * @param firstUse          what happens to a certificate no CA vouches for
 */
public record TlsOptions(List<Path> caFiles, ClientCertificate clientCertificate, TlsPeer peer, FirstUseTrust firstUse) {
    public static final TlsOptions JDK_TRUST_STORE = new TlsOptions(List.of(), null, null, FirstUseTrust.REFUSE_UNKNOWN);

    public TlsOptions {
        caFiles = List.copyOf(caFiles);
        Objects.requireNonNull(firstUse, "firstUse");
    }

    /** libvirt's CA files and client certificate where they are found, for {@code peer}. */
    public static TlsOptions libvirt(LibvirtPki pki, TlsPeer peer, FirstUseTrust firstUse) {
        return new TlsOptions(pki.caFiles(), pki.clientCertificate().orElse(null), peer, firstUse);
    }

    public TlsOptions withCaFiles(List<Path> value) {
        return new TlsOptions(value, clientCertificate, peer, firstUse);
    }

    public TlsOptions withClientCertificate(ClientCertificate value) {
        return new TlsOptions(caFiles, value, peer, firstUse);
    }

    public TlsOptions withPeer(TlsPeer value) {
        return new TlsOptions(caFiles, clientCertificate, value, firstUse);
    }

    public TlsOptions withFirstUse(FirstUseTrust value) {
        return new TlsOptions(caFiles, clientCertificate, peer, value);
    }
}
