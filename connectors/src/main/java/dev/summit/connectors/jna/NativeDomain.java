package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import java.util.Objects;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Our own bindings' way to a guest: looked up by UUID on the connection's native handle for each
 * call and freed after it, so any thread may call (libvirt connections are thread-safe).
 */
final class NativeDomain {
    interface Call<T> {
        T call(Pointer domain) throws LibvirtException;
    }

    private NativeDomain() {
    }

    static <T> T with(Connect conn, String uuid, String what, Call<T> call) throws LibvirtException {
        return with(handle(conn), uuid, what, call);
    }

    static <T> T with(NativeHandle conn, String uuid, String what, Call<T> call) throws LibvirtException {
        Objects.requireNonNull(uuid, "uuid");
        Pointer domain = MigrationLib.LIB.virDomainLookupByUUIDString(conn.pointer(), uuid);
        if (domain == null) {
            throw NativeErrors.lastError(what);
        }
        try {
            return call.call(domain);
        } finally {
            MigrationLib.LIB.virDomainFree(domain);
        }
    }

    static NativeHandle handle(Connect conn) {
        if (!(conn instanceof StatsConnect stats)) {
            throw new IllegalArgumentException("this call needs the connection's native handle (StatsConnect)");
        }
        return stats;
    }
}
