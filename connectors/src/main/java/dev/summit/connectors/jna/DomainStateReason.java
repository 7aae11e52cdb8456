package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.Objects;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * A guest's state together with libvirt's reason for it ({@code virDomainGetState}): "shut off"
 * alone does not tell a user whether the guest crashed, was destroyed or was saved.
 *
 * @param state  libvirt's virDomainState number
 * @param reason the number of that state's reason enum (virDomainShutoffReason for shut off, …);
 *               0, "unknown", when libvirt does not say
 */
public record DomainStateReason(int state, int reason) {
    /** Call on the thread that owns {@code conn}; {@code conn} must be a {@link StatsConnect}. */
    public static DomainStateReason read(Connect conn, String uuid) throws LibvirtException {
        Objects.requireNonNull(uuid, "uuid");
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("the state's reason needs the connection's native handle (StatsConnect)");
        }
        Pointer domain = DomainStateLib.LIB.virDomainLookupByUUIDString(raw.pointer(), uuid);
        if (domain == null) {
            throw NativeErrors.lastError("virDomainLookupByUUIDString");
        }
        try {
            IntByReference state = new IntByReference();
            IntByReference reason = new IntByReference();
            if (DomainStateLib.LIB.virDomainGetState(domain, state, reason, 0) < 0) {
                throw NativeErrors.lastError("virDomainGetState");
            }
            return new DomainStateReason(state.getValue(), reason.getValue());
        } finally {
            DomainStateLib.LIB.virDomainFree(domain);
        }
    }
}
