package dev.summit.connectors.tunnel;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SSH server a remote libvirt URI goes through, as that URI names it; ~/.ssh/config may still
 * map the name to another HostName, User or Port, as it does for virsh.
 *
 * @param user    the URI's user; null lets ssh_config or the local user name decide
 * @param host    the host name or address in the URI (an alias ssh_config may resolve)
 * @param port    the URI's port; -1 lets ssh_config or 22 decide
 * @param keyFile libvirt's {@code ?keyfile=} parameter; null when absent
 */
public record SshTarget(String user, String host, int port, String keyFile) {
    /** For qemu+ssh://, qemu+libssh:// and qemu+libssh2:// URIs; empty for other transports. */
    public static Optional<SshTarget> fromLibvirtUri(String uri) {
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme();
            int plus = scheme.indexOf('+');
            String transport = plus < 0 ? "" : scheme.substring(plus + 1);
            if (!(transport.equals("ssh") || transport.equals("libssh") || transport.equals("libssh2")) || parsed.getHost() == null) {
                return Optional.empty();
            }
            String host = parsed.getHost();
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return Optional.of(new SshTarget(parsed.getUserInfo(), host, parsed.getPort(), parameter(parsed, "keyfile")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** "root@kvm2", "kvm2:2222": how the status line names the way in. */
    @Override
    public String toString() {
        return (user == null ? "" : user + "@") + host + (port > 0 && port != 22 ? ":" + port : "");
    }
}
