package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * {@code virConnectGetDomainCapabilities}, which libvirt-java 0.5.4 does not bind: what the host's
 * hypervisor offers a new guest of one machine type — among it whether UEFI firmware is installed
 * there, which a check of this workstation's files cannot tell for a remote host.
 */
public final class DomainCapabilities {
    private interface Lib extends Library {
        Lib LIB = Native.load("virt", Lib.class);

        /** An XML string the caller frees with free(3), or null. */
        Pointer virConnectGetDomainCapabilities(Pointer conn, String emulator, String arch, String machine,
                                                String virtType, int flags);
    }

    private interface Free extends Library {
        Free LIB = Native.load("c", Free.class);

        void free(Pointer pointer);
    }

    private DomainCapabilities() {
    }

    /**
     * Call on the thread that owns {@code conn}.
     *
     * @param machine   e.g. "q35" or "pc"
     * @param virtType  "kvm" or "qemu"
     */
    public static String xml(Connect conn, String arch, String machine, String virtType) throws LibvirtException {
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("domain capabilities need the connection's native handle (StatsConnect)");
        }
        Pointer xml = Lib.LIB.virConnectGetDomainCapabilities(raw.pointer(), null, arch, machine, virtType, 0);
        if (xml == null) {
            throw NativeErrors.lastError("virConnectGetDomainCapabilities");
        }
        try {
            return xml.getString(0, "UTF-8");
        } finally {
            Free.LIB.free(xml);
        }
    }
}
