package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.libvirt.jna.virError;

/**
 * The libvirt entry points libvirt-java 0.5.4 does not bind. Loaded under the same name libvirt-java
 * uses, so JNA hands both the one library already mapped into the process.
 */
interface Virt extends Library {
    Virt LIB = Native.load("virt", Virt.class);

    /** Returns the record count and a NULL-terminated array in {@code retStats}, or -1. */
    int virConnectGetAllDomainStats(Pointer conn, int stats, PointerByReference retStats, int flags);

    /** Frees the array, every record's parameters, and drops each record's domain reference. */
    void virDomainStatsRecordListFree(Pointer stats);

    /** The name is owned by the domain object: JNA copies it, nothing to free. */
    String virDomainGetName(Pointer domain);

    int virDomainGetUUIDString(Pointer domain, byte[] buf);

    /** This thread's last error, owned by libvirt; null when there is none. */
    virError virGetLastError();
}
