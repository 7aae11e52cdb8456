package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * A libvirt-java connection whose raw {@code virConnectPtr} our own bindings can use. libvirt-java
 * keeps the pointer in a protected field, so a subclass reaches it without reflection and every
 * libvirt-java call on this object keeps working as before.
 */
public final class StatsConnect extends Connect implements NativeHandle {
    public StatsConnect(String uri, boolean readOnly) throws LibvirtException {
        super(uri, readOnly);
    }

    /**
     * The native handle, or {@code null} once {@link #close()} ran: libvirt then answers our call
     * with its own "invalid connection pointer" error instead of touching freed memory.
     */
    @Override
    public Pointer pointer() {
        return vcp == null ? null : vcp.getPointer();
    }
}
