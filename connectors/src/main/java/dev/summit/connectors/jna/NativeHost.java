package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.libvirt.LibvirtException;

/**
 * A connection to one host through our own bindings only (HostCalls), for work that must start
 * quickly in a process of its own: a migration opens its hosts, checks and moves without loading
 * libvirt-java. Thread-safe as libvirt's connections are; closed once.
 */
public final class NativeHost implements NativeHandle, AutoCloseable {
    /** virConnectListAllDomainsFlags / virConnectListAllStoragePoolsFlags: active ones only. */
    private static final int ACTIVE_DOMAINS = 1;
    private static final int ACTIVE_POOLS = 2;

    private volatile Pointer conn;
    /** Asked once: the check and the outcome's sentences both name the host. */
    private volatile String hostName;

    private NativeHost(Pointer conn) {
        this.conn = conn;
    }

    /**
     * Loads libvirt and binds these calls, the migration's and the one that reads an error (every
     * check meets an expected one: no guest of that name on the destination), on the caller's thread.
     */
    public static void load() {
        HostCalls.load();
        NativeMigration.load();
        Virt.LIB.hashCode();
    }

    public static NativeHost open(String uri) throws LibvirtException {
        Pointer opened = HostCalls.virConnectOpen(uri);
        if (opened == null) {
            throw NativeErrors.lastError("virConnectOpen");
        }
        return new NativeHost(opened);
    }

    @Override
    public Pointer pointer() {
        return conn;
    }

    public String hostName() throws LibvirtException {
        String known = hostName;
        if (known == null) {
            known = text(HostCalls.virConnectGetHostname(conn), "virConnectGetHostname");
            hostName = known;
        }
        return known;
    }

    public String capabilities() throws LibvirtException {
        return text(HostCalls.virConnectGetCapabilities(conn), "virConnectGetCapabilities");
    }

    public String uri() throws LibvirtException {
        return text(HostCalls.virConnectGetURI(conn), "virConnectGetURI");
    }

    /** The hypervisor's name, e.g. QEMU. */
    public String type() throws LibvirtException {
        return NativeErrors.orLastError(HostCalls.virConnectGetType(conn), "virConnectGetType");
    }

    public long freeMemoryBytes() throws LibvirtException {
        long free = HostCalls.virNodeGetFreeMemory(conn);
        if (free == 0) { // libvirt itself reports 0 as a failure
            throw NativeErrors.lastError("virNodeGetFreeMemory");
        }
        return free;
    }

    /** virCPUCompareResult: 0 incompatible, 1 identical, 2 the host's CPU is a superset. */
    public int compareCpu(String cpuXml) throws LibvirtException {
        int result = HostCalls.virConnectCompareCPU(conn, cpuXml, 0);
        if (result < 0) {
            throw NativeErrors.lastError("virConnectCompareCPU");
        }
        return result;
    }

    public NativeGuest guestByName(String name) throws LibvirtException {
        return NativeGuest.of(HostCalls.virDomainLookupByName(conn, name), "virDomainLookupByName");
    }

    public NativeGuest guestByUuid(String uuid) throws LibvirtException {
        return NativeGuest.of(HostCalls.virDomainLookupByUUIDString(conn, uuid), "virDomainLookupByUUIDString");
    }

    /** The running guests; the caller closes each. */
    public List<NativeGuest> runningGuests() throws LibvirtException {
        PointerByReference array = new PointerByReference();
        int count = HostCalls.virConnectListAllDomains(conn, array, ACTIVE_DOMAINS);
        if (count < 0) {
            throw NativeErrors.lastError("virConnectListAllDomains");
        }
        List<NativeGuest> guests = new ArrayList<>();
        for (Pointer domain : LibvirtMemory.takeArray(array.getValue(), count)) {
            guests.add(NativeGuest.of(domain, "virConnectListAllDomains"));
        }
        return guests;
    }

    /** Whether a volume of a pool here has this path (false also when libvirt cannot say). */
    public boolean hasVolumeAt(String path) {
        Pointer volume = HostCalls.virStorageVolLookupByPath(conn, path);
        if (volume == null) {
            return false;
        }
        HostCalls.virStorageVolFree(volume);
        return true;
    }

    /**
     * Refreshes the first active pool whose definition passes {@code wanted}, so it lists files
     * others made there.
     *
     * @return false when no active pool passes
     */
    public boolean refreshPoolWhere(Predicate<String> wanted) throws LibvirtException {
        PointerByReference array = new PointerByReference();
        int count = HostCalls.virConnectListAllStoragePools(conn, array, ACTIVE_POOLS);
        if (count < 0) {
            throw NativeErrors.lastError("virConnectListAllStoragePools");
        }
        Pointer[] pools = LibvirtMemory.takeArray(array.getValue(), count);
        try {
            for (Pointer pool : pools) {
                String xml = LibvirtMemory.takeString(HostCalls.virStoragePoolGetXMLDesc(pool, 0));
                if (xml != null && wanted.test(xml)) {
                    if (HostCalls.virStoragePoolRefresh(pool, 0) < 0) {
                        throw NativeErrors.lastError("virStoragePoolRefresh");
                    }
                    return true;
                }
            }
            return false;
        } finally {
            for (Pointer pool : pools) {
                HostCalls.virStoragePoolFree(pool);
            }
        }
    }

    /** Whether the network is active; empty when the host has no network of that name. */
    public Optional<Boolean> networkActive(String name) throws LibvirtException {
        Pointer network = HostCalls.virNetworkLookupByName(conn, name);
        if (network == null) {
            return Optional.empty();
        }
        try {
            int active = HostCalls.virNetworkIsActive(network);
            if (active < 0) {
                throw NativeErrors.lastError("virNetworkIsActive");
            }
            return Optional.of(active == 1);
        } finally {
            HostCalls.virNetworkFree(network);
        }
    }

    /** Whether the host has a network interface (a bridge, say) of that name. */
    public boolean hasInterface(String name) {
        Pointer iface = HostCalls.virInterfaceLookupByName(conn, name);
        if (iface == null) {
            return false;
        }
        HostCalls.virInterfaceFree(iface);
        return true;
    }

    @Override
    public synchronized void close() {
        Pointer open = conn;
        conn = null;
        if (open != null) {
            HostCalls.virConnectClose(open);
        }
    }

    private static String text(Pointer allocated, String function) throws LibvirtException {
        return LibvirtMemory.takeString(NativeErrors.orLastError(allocated, function));
    }
}
