package dev.summit.connectors.jna;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The libvirt calls a migration makes from connecting to its check (NativeHost, NativeGuest), bound
 * by JNA's direct mapping: natives registered on this class. libvirt-java's binding is an interface
 * of several hundred methods behind a proxy class the JVM generates afresh at every start, which a
 * `summit migrate` waited for before it could look at its guest. Strings libvirt allocates come back
 * as pointers for the caller to copy and free.
 */
final class HostCalls {
    private static final Logger LOG = LoggerFactory.getLogger("libvirt");

    /** libvirt's error callback: its default prints every error on stderr, even an expected "no such guest". */
    private interface ErrorSink extends Callback {
        void invoke(Pointer userData, Pointer error);
    }

    /** virError's message: after two ints, at offset 8 on LP64. Held for the process's life. */
    private static final ErrorSink TO_DEBUG_LOG = (userData, error) ->
            LOG.debug("{}", error == null || error.getPointer(8) == null ? "(no detail)" : error.getPointer(8).getString(0));

    static {
        // By its soname: the library name "virt" makes JNA list whole library directories for it.
        Native.register(HostCalls.class, NativeLibrary.getInstance("libvirt.so.0"));
        virSetErrorFunc(null, TO_DEBUG_LOG);
    }

    private HostCalls() {
    }

    /** Loads libvirt and binds these calls; for a thread that starts early. */
    static void load() {
        // the static initializer does it
    }

    private static native void virSetErrorFunc(Pointer userData, ErrorSink handler);

    static native Pointer virConnectOpen(String uri);

    static native int virConnectClose(Pointer conn);

    static native Pointer virConnectGetHostname(Pointer conn);

    static native Pointer virConnectGetCapabilities(Pointer conn);

    static native Pointer virConnectGetURI(Pointer conn);

    /** Owned by the driver: JNA copies it, nothing to free. */
    static native String virConnectGetType(Pointer conn);

    /** Bytes; 0 when libvirt failed. */
    static native long virNodeGetFreeMemory(Pointer conn);

    static native int virConnectCompareCPU(Pointer conn, String xml, int flags);

    static native int virConnectListAllDomains(Pointer conn, PointerByReference domains, int flags);

    static native Pointer virDomainLookupByName(Pointer conn, String name);

    static native Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

    static native int virDomainGetUUIDString(Pointer domain, byte[] uuid);

    /** Owned by the domain object: JNA copies it, nothing to free. */
    static native String virDomainGetName(Pointer domain);

    static native Pointer virDomainGetXMLDesc(Pointer domain, int flags);

    static native int virDomainGetInfo(Pointer domain, Pointer info);

    static native int virDomainIsActive(Pointer domain);

    static native int virDomainIsPersistent(Pointer domain);

    static native int virDomainMigrateSetMaxDowntime(Pointer domain, long downtimeMs, int flags);

    static native int virDomainFree(Pointer domain);

    static native Pointer virStorageVolLookupByPath(Pointer conn, String path);

    static native int virStorageVolFree(Pointer volume);

    static native int virConnectListAllStoragePools(Pointer conn, PointerByReference pools, int flags);

    static native Pointer virStoragePoolGetXMLDesc(Pointer pool, int flags);

    static native int virStoragePoolRefresh(Pointer pool, int flags);

    static native int virStoragePoolFree(Pointer pool);

    static native Pointer virNetworkLookupByName(Pointer conn, String name);

    static native int virNetworkIsActive(Pointer network);

    static native int virNetworkFree(Pointer network);

    static native Pointer virInterfaceLookupByName(Pointer conn, String name);

    static native int virInterfaceFree(Pointer iface);
}
