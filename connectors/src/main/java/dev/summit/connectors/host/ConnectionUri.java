package dev.summit.connectors.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The choices of the Add Connection dialog and the libvirt URI they make, both ways.
 *
 * @param hypervisor QEMU/KVM or Xen
 * @param transport  local, a remote transport, or custom
 * @param user       remote user name; blank for the default
 * @param host       remote host name or address
 * @param port       remote port; 0 for the transport's default
 * @param custom     the whole URI when transport is CUSTOM
 */
public record ConnectionUri(Hypervisor hypervisor, Transport transport, String user, String host, int port,
                            String custom) {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]+]?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9]*(\\+[a-z0-9]+)?");

    public ConnectionUri {
        user = user == null ? "" : user.strip();
        host = host == null ? "" : host.strip();
        custom = custom == null ? "" : custom.strip();
    }

    public static ConnectionUri local(Hypervisor hypervisor) {
        return new ConnectionUri(hypervisor, Transport.LOCAL, "", "", 0, "");
    }

    /** Why these choices make no usable URI, in one sentence; empty when they do. */
    public Optional<String> problem() {
        if (transport == Transport.CUSTOM) {
            return customProblem(custom);
        }
        if (!transport.isRemote()) {
            return Optional.empty();
        }
        if (host.isEmpty()) {
            return Optional.of("Enter the host name or address to connect to.");
        }
        if (!HOST.matcher(host).matches()) {
            return Optional.of("'" + host + "' is not a host name or address.");
        }
        if (!user.isEmpty() && !USER.matcher(user).matches()) {
            return Optional.of("'" + user + "' is not a valid user name (no spaces, '@', ':' or '/').");
        }
        if (port < 0 || port > 65535) {
            return Optional.of("The port must be between 1 and 65535.");
        }
        return Optional.empty();
    }

    /** The URI to hand libvirt; call only when {@link #problem()} is empty. */
    public String toUri() {
        if (transport == Transport.CUSTOM) {
            return custom;
        }
        if (!transport.isRemote()) {
            return hypervisor.scheme() + ":///system";
        }
        StringBuilder uri = new StringBuilder(hypervisor.scheme()).append('+').append(transport.suffix()).append("://");
        if (!user.isEmpty()) {
            uri.append(user).append('@');
        }
        uri.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        if (port != 0 && port != transport.defaultPort()) {
            uri.append(':').append(port);
        }
        return uri.append("/system").toString();
    }

    /** A name for the host list, e.g. "QEMU/KVM on build01" or "QEMU/KVM (local)". */
    public String suggestedName() {
        if (transport == Transport.CUSTOM) {
            return custom;
        }
        return transport.isRemote() ? hypervisor.label() + " on " + host : hypervisor.label() + " (local)";
    }

    /** Reads a URI back into choices, so editing a saved connection opens the dialog as it was made. */
    public static ConnectionUri parse(String uri) {
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme();
            String[] parts = scheme.split("\\+", 2);
            Hypervisor hypervisor = parts[0].equals("xen") ? Hypervisor.XEN : parts[0].equals("qemu") ? Hypervisor.QEMU : null;
            boolean plainSystem = "/system".equals(parsed.getPath()) && parsed.getQuery() == null;
            if (hypervisor == null || !plainSystem) {
                return custom(uri);
            }
            if (parts.length == 1) {
                return parsed.getHost() == null ? local(hypervisor) : custom(uri);
            }
            for (Transport transport : Transport.values()) {
                if (parts[1].equals(transport.suffix()) && parsed.getHost() != null) {
                    return new ConnectionUri(hypervisor, transport, parsed.getUserInfo(), parsed.getHost(),
                            Math.max(parsed.getPort(), 0), "");
                }
            }
            return custom(uri);
        } catch (URISyntaxException e) {
            return custom(uri);
        }
    }

    private static ConnectionUri custom(String uri) {
        return new ConnectionUri(Hypervisor.QEMU, Transport.CUSTOM, "", "", 0, uri);
    }

    /** Checks a typed URI the way libvirt will read it: a scheme, then a parseable rest. */
    public static Optional<String> customProblem(String uri) {
        if (uri == null || uri.isBlank()) {
            return Optional.of("Enter a libvirt URI such as qemu:///system.");
        }
        try {
            URI parsed = new URI(uri.strip());
            if (parsed.getScheme() == null || !SCHEME.matcher(parsed.getScheme()).matches()) {
                return Optional.of("'" + uri.strip() + "' has no driver scheme; a libvirt URI starts like qemu:// or xen://.");
            }
            if (parsed.getUserInfo() != null && parsed.getUserInfo().contains(":")) {
                return Optional.of("Don't put a password in the URI: Summit never stores one; use an SSH key or agent.");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + uri.strip() + "' is not a valid URI: " + e.getReason() + ".");
        }
    }
}
