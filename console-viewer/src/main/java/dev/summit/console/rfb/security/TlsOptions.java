package dev.summit.console.rfb.security;

import java.nio.file.Path;

/**
 * How VeNCrypt's TLS checks the server.
 *
 * @param caFile     PEM file with the CA certificate(s) that sign the server's certificate; null uses the
 *                   JDK's trust store
 * @param serverName host name the certificate must name; null checks the chain only (the transport is
 *                   an opaque pipe, so only the app knows which host it reached)
 */
public record TlsOptions(Path caFile, String serverName) {
    public static final TlsOptions JDK_TRUST_STORE = new TlsOptions(null, null);
}
