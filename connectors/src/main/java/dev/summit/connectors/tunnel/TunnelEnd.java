package dev.summit.connectors.tunnel;

/** Where the SSH server connects the tunnel to, as the remote host sees it. */
public sealed interface TunnelEnd {
    /** A direct-tcpip channel. */
    record Tcp(String host, int port) implements TunnelEnd {
        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A direct-streamlocal@openssh.com channel to a UNIX socket on the remote host. */
    record UnixSocket(String path) implements TunnelEnd {
        @Override
        public String toString() {
            return path;
        }
    }
}
