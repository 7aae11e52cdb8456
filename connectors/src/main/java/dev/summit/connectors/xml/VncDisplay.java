package dev.summit.connectors.xml;

import java.util.Objects;

/**
 * A guest's VNC display, read from its live domain XML. Holds whether a password is set, never the
 * password itself (see {@link DomainGraphics#vncPassword}).
 *
 * @param index       position among all the guest's {@code <graphics>} elements, VNC or not: the
 *                    index {@code virDomainOpenGraphicsFD} takes
 * @param port        the TCP port QEMU listens on; -1 when none is assigned (guest off, socket or
 *                    no listen)
 * @param autoport    whether libvirt picks the port when the guest starts
 * @param listen      where the server accepts clients
 * @param passwordSet whether clients must answer VNC authentication (only known from XML read with
 *                    the secure flag; false otherwise)
 */
public record VncDisplay(int index, int port, boolean autoport, VncListen listen, boolean passwordSet) {
    public VncDisplay {
        Objects.requireNonNull(listen, "listen");
    }

    public boolean hasTcpPort() {
        return listen instanceof VncListen.Address && port > 0;
    }
}
