package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Pinning with flags and renaming, which libvirt-java 0.5.4 does not bind: {@code virDomainPinVcpuFlags},
 * {@code virDomainPinEmulator} and {@code virDomainRename}. Call on the thread that owns the connection
 * (libvirt's last error is per thread); the connection must be a {@link StatsConnect}.
 */
public final class DomainTuning {
    private interface Lib extends Library {
        Lib LIB = Native.load("virt", Lib.class);

        /** A new reference the caller frees with {@link #virDomainFree}, or null. */
        Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

        int virDomainPinVcpuFlags(Pointer domain, int vcpu, byte[] cpumap, int maplen, int flags);

        int virDomainPinEmulator(Pointer domain, byte[] cpumap, int maplen, int flags);

        int virDomainRename(Pointer domain, String newName, int flags);

        int virDomainFree(Pointer domain);
    }

    @FunctionalInterface
    private interface Call {
        int on(Pointer domain);
    }

    private DomainTuning() {
    }

    /** Pins one vCPU to the host CPUs whose bits are set in {@code cpumap} (CPU 0 is bit 0 of byte 0). */
    public static void pinVcpu(Domain domain, int vcpu, byte[] cpumap, int flags) throws LibvirtException {
        call(domain.getConnect(), domain.getUUIDString(), "virDomainPinVcpuFlags",
                d -> Lib.LIB.virDomainPinVcpuFlags(d, vcpu, cpumap, cpumap.length, flags));
    }

    /** Pins the emulator threads (QEMU's own, not the vCPUs') to the CPUs set in {@code cpumap}. */
    public static void pinEmulator(Domain domain, byte[] cpumap, int flags) throws LibvirtException {
        call(domain.getConnect(), domain.getUUIDString(), "virDomainPinEmulator",
                d -> Lib.LIB.virDomainPinEmulator(d, cpumap, cpumap.length, flags));
    }

    /** Renames a guest that is shut off; libvirt refuses a running one. */
    public static void rename(Connect conn, String uuid, String newName) throws LibvirtException {
        call(conn, uuid, "virDomainRename", d -> Lib.LIB.virDomainRename(d, newName, 0));
    }

    private static void call(Connect conn, String uuid, String function, Call call) throws LibvirtException {
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException(function + " needs the connection's native handle (StatsConnect)");
        }
        Pointer domain = Lib.LIB.virDomainLookupByUUIDString(raw.pointer(), uuid);
        if (domain == null) {
            throw NativeErrors.lastError("virDomainLookupByUUIDString");
        }
        try {
            if (call.on(domain) < 0) {
                throw NativeErrors.lastError(function);
            }
        } finally {
            Lib.LIB.virDomainFree(domain);
        }
    }
}
