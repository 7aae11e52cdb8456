package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import java.util.Objects;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * {@code virDomainOpenGraphicsFD}: libvirt connects a socket straight to the guest's display
 * server and hands us the other end. Nothing listens on the network and, with SKIPAUTH, no
 * password is asked. Only works where descriptors can travel: a local connection (UNIX socket).
 */
public final class GraphicsDescriptor {
    private GraphicsDescriptor() {
    }

    /**
     * Call on the thread that owns {@code conn} (libvirt's last error is per thread).
     *
     * @param conn  the host's connection; must be a {@link StatsConnect}, whose raw pointer we use
     * @param uuid  the guest
     * @param index the display's position among the guest's {@code <graphics>} elements
     */
    public static NativeSocket open(Connect conn, String uuid, int index) throws LibvirtException {
        Objects.requireNonNull(uuid, "uuid");
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("a descriptor needs the connection's native handle (StatsConnect)");
        }
        Pointer domain = GraphicsLib.LIB.virDomainLookupByUUIDString(raw.pointer(), uuid);
        if (domain == null) {
            throw NativeErrors.lastError("virDomainLookupByUUIDString");
        }
        try {
            int fd = GraphicsLib.LIB.virDomainOpenGraphicsFD(domain, index, GraphicsLib.SKIPAUTH);
            if (fd < 0) {
                throw NativeErrors.lastError("virDomainOpenGraphicsFD");
            }
            return NativeSocket.adopt(fd);
        } finally {
            GraphicsLib.LIB.virDomainFree(domain);
        }
    }
}
