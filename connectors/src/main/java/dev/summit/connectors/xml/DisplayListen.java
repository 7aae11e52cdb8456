package dev.summit.connectors.xml;

/** Where a new guest's VNC display listens; neither is reachable from the network. */
public enum DisplayListen {
    /** A UNIX socket libvirt makes; the console reaches it through libvirt or SSH. */
    UNIX_SOCKET,
    /** TCP on 127.0.0.1 with a port libvirt picks. */
    LOCALHOST
}
