package dev.summit.connectors.jna;

import com.sun.jna.Callback;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;

/**
 * The few libvirt calls a one-shot listing of a host needs ({@code summit list}), bound by JNA's
 * direct mapping: natives registered on this class. libvirt-java's binding is an interface of
 * several hundred methods behind a proxy class, which the JVM generates afresh at every start
 * (no AOT cache holds it): that alone was 40% of the verb. The caller frees what it gets.
 */
public final class ListingLib {
    /** Replaces libvirt's default error printing on stderr; the listing reads the last error itself. */
    private interface ErrorSink extends Callback {
        void invoke(Pointer userData, Pointer error);
    }

    private static final ErrorSink QUIET = (userData, error) -> {
    };

    static {
        // By its soname: the library name "virt" makes JNA list whole library directories for it.
        Native.register(ListingLib.class, NativeLibrary.getInstance("libvirt.so.0"));
        virSetErrorFunc(null, QUIET);
    }

    /** virDomainInfo on LP64 Linux (the package's amd64 and arm64): state byte, maxMem at 8, nrVirtCpu at 24. */
    private static final int INFO_SIZE = 40;

    private ListingLib() {
    }

    private static native void virSetErrorFunc(Pointer userData, ErrorSink handler);

    public static native Pointer virConnectOpen(String uri);

    public static native int virConnectClose(Pointer conn);

    private static native int virConnectListAllDomains(Pointer conn, PointerByReference domains, int flags);

    private static native int virDomainGetUUIDString(Pointer domain, byte[] uuid);

    public static native String virDomainGetName(Pointer domain);

    private static native int virDomainGetInfo(Pointer domain, Pointer info);

    private static native Pointer virDomainGetXMLDesc(Pointer domain, int flags);

    private static native int virDomainFree(Pointer domain);

    /** libvirt's message for the last failure on this thread. */
    public static native String virGetLastErrorMessage();

    /** The guests {@code flags} selects (virConnectListAllDomainsFlags); null when libvirt failed. Free each. */
    public static Pointer[] listAllDomains(Pointer conn, int flags) {
        PointerByReference array = new PointerByReference();
        int count = virConnectListAllDomains(conn, array, flags);
        if (count < 0) {
            return null;
        }
        return LibvirtMemory.takeArray(array.getValue(), count);
    }

    public static void free(Pointer domain) {
        virDomainFree(domain);
    }

    /** The UUID string; null when libvirt failed. */
    public static String uuid(Pointer domain) {
        byte[] text = new byte[37];
        return virDomainGetUUIDString(domain, text) < 0 ? null : new String(text, 0, 36, StandardCharsets.US_ASCII);
    }

    /** State, maximum memory (KiB) and virtual CPUs; null when libvirt failed. */
    public static DomainBasics basics(Pointer domain) {
        Memory info = new Memory(INFO_SIZE);
        if (virDomainGetInfo(domain, info) < 0) {
            return null;
        }
        return new DomainBasics(info.getByte(0) & 0xff, info.getLong(8), info.getShort(24) & 0xffff);
    }

    /** The definition (flags: virDomainXMLFlags); null when libvirt failed. */
    public static String xml(Pointer domain, int flags) {
        return LibvirtMemory.takeString(virDomainGetXMLDesc(domain, flags));
    }

    /** What virDomainGetInfo says that a listing shows. */
    public record DomainBasics(int state, long maxMemoryKiB, int vcpus) {
    }
}
