package dev.summit.console.rfb.security.x509;

import java.util.Objects;

/**
 * The VNC server as the user reached it: the name its certificate must carry, and the port that,
 * with it, keys a remembered certificate.
 *
 * @param serverName a host name or an address literal, e.g. "kvm1.example.org" or "192.0.2.7"
 * @param port       the VNC port; -1 when the display was reached another way (a UNIX socket)
 */
public record TlsPeer(String serverName, int port) {
    public TlsPeer {
        Objects.requireNonNull(serverName, "serverName");
        if (serverName.isBlank()) {
            throw new IllegalArgumentException("a TLS peer needs a server name");
        }
    }

    /** "host:port", with an IPv6 address in brackets; just the host when there is no port. */
    public String endpoint() {
        String host = serverName.contains(":") && !serverName.startsWith("[") ? "[" + serverName + "]" : serverName;
        return port > 0 ? host + ":" + port : host;
    }

    @Override
    public String toString() {
        return endpoint();
    }
}
