package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** virNetworkGetDHCPLeases, which libvirt-java 0.5.4 does not bind. */
interface NetworkLeaseLib extends Library {
    NetworkLeaseLib LIB = Native.load("virt", NetworkLeaseLib.class);

    /** A new reference the caller frees with {@link #virNetworkFree}, or null. */
    Pointer virNetworkLookupByName(Pointer conn, String name);

    /** Fills {@code leases} with an array of lease pointers the caller frees; the count, or -1. */
    int virNetworkGetDHCPLeases(Pointer network, String mac, PointerByReference leases, int flags);

    void virNetworkDHCPLeaseFree(Pointer lease);

    int virNetworkFree(Pointer network);
}
