package dev.summit.connectors.console;

/** How the bytes of a console travel, in the order Summit prefers them. */
public enum ConsoleRoute {
    /** A socket libvirt connects to the display and hands over (local hosts only): no port, no password. */
    DESCRIPTOR,
    /** The display's UNIX socket on this machine. */
    UNIX_SOCKET,
    /** Plain TCP to the display's port: loopback for a local host, the host itself for TLS/TCP URIs. */
    TCP,
    /** An SSH channel to the display as the remote host sees it, needing nothing there but sshd. */
    SSH_TUNNEL
}
