package dev.summit.console.rfb.security.x509;

/**
 * A server certificate no trusted CA vouches for, as the user is asked about it.
 *
 * @param endpoint              the server, "host:port", under which an "always" answer is remembered
 * @param serverName            the name the user connected to; null when the caller gave none
 * @param certificate           what the server presented
 * @param problem               why the chain was not trusted, in the JDK's words
 * @param rememberedFingerprint the fingerprint accepted for this endpoint before, when it differs from
 *                              the presented one (the certificate changed); null on first contact
 */
public record UnverifiedCertificate(String endpoint, String serverName, PresentedCertificate certificate, String problem,
                                    String rememberedFingerprint) {

    /** A different certificate than the one the user accepted for this server before: say so loudly. */
    public boolean changed() {
        return rememberedFingerprint != null;
    }

    /** Whether the certificate is issued for the name the user connected to. */
    public boolean namesServer() {
        return serverName == null || certificate.names().stream().anyMatch(name -> ServerNames.isAddressLiteral(name)
                ? name.equalsIgnoreCase(serverName) : ServerNames.dnsMatches(name, serverName));
    }
}
