package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** virDomainGetState, which libvirt-java 0.5.4 does not bind: its getInfo() drops the reason. */
interface DomainStateLib extends Library {
    DomainStateLib LIB = Native.load("virt", DomainStateLib.class);

    /** A new reference the caller frees with {@link #virDomainFree}, or null. */
    Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

    /** Fills the virDomainState and the state's own reason enum; 0 on success, -1 on failure. */
    int virDomainGetState(Pointer domain, IntByReference state, IntByReference reason, int flags);

    int virDomainFree(Pointer domain);
}
