package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** libvirt's graphics descriptor call, which libvirt-java 0.5.4 does not bind. */
interface GraphicsLib extends Library {
    GraphicsLib LIB = Native.load("virt", GraphicsLib.class);

    /** VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH: the server skips its own authentication for this client. */
    int SKIPAUTH = 1;

    /** A new reference the caller frees with {@link #virDomainFree}, or null. */
    Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

    /** A connected socket descriptor the caller owns, or -1. */
    int virDomainOpenGraphicsFD(Pointer domain, int idx, int flags);

    int virDomainFree(Pointer domain);
}
