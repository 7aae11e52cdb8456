package dev.summit.connectors.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import org.libvirt.LibvirtException;

/** One guest found through NativeHost; holds libvirt's domain object until closed. */
public final class NativeGuest implements AutoCloseable {
    /** virDomainState values the callers tell apart. */
    public static final int RUNNING = 1;
    public static final int PAUSED = 3;
    public static final int SHUTOFF = 5;

    /** virDomainInfo on LP64 Linux: state byte at 0, maxMem at 8, memory at 16 (KiB). */
    private static final int INFO_SIZE = 40;

    private Pointer domain;

    private NativeGuest(Pointer domain) {
        this.domain = domain;
    }

    static NativeGuest of(Pointer domain, String function) throws LibvirtException {
        return new NativeGuest(NativeErrors.orLastError(domain, function));
    }

    public String name() throws LibvirtException {
        return NativeErrors.orLastError(HostCalls.virDomainGetName(domain), "virDomainGetName");
    }

    public String uuid() throws LibvirtException {
        byte[] text = new byte[37];
        if (HostCalls.virDomainGetUUIDString(domain, text) < 0) {
            throw NativeErrors.lastError("virDomainGetUUIDString");
        }
        return new String(text, 0, 36, StandardCharsets.US_ASCII);
    }

    /** @param flags virDomainXMLFlags */
    public String xml(int flags) throws LibvirtException {
        Pointer text = NativeErrors.orLastError(HostCalls.virDomainGetXMLDesc(domain, flags), "virDomainGetXMLDesc");
        return LibvirtMemory.takeString(text);
    }

    /** The state (virDomainState) and the memory the guest has now, KiB. */
    public record Info(int state, long memoryKiB) {
    }

    public Info info() throws LibvirtException {
        Memory info = new Memory(INFO_SIZE);
        if (HostCalls.virDomainGetInfo(domain, info) < 0) {
            throw NativeErrors.lastError("virDomainGetInfo");
        }
        return new Info(info.getByte(0) & 0xff, info.getLong(16));
    }

    public boolean active() throws LibvirtException {
        return yes(HostCalls.virDomainIsActive(domain), "virDomainIsActive");
    }

    public boolean persistent() throws LibvirtException {
        return yes(HostCalls.virDomainIsPersistent(domain), "virDomainIsPersistent");
    }

    public void setMaxDowntime(long downtimeMs) throws LibvirtException {
        if (HostCalls.virDomainMigrateSetMaxDowntime(domain, downtimeMs, 0) < 0) {
            throw NativeErrors.lastError("virDomainMigrateSetMaxDowntime");
        }
    }

    @Override
    public synchronized void close() {
        if (domain != null) {
            HostCalls.virDomainFree(domain);
            domain = null;
        }
    }

    private static boolean yes(int answer, String function) throws LibvirtException {
        if (answer < 0) {
            throw NativeErrors.lastError(function);
        }
        return answer == 1;
    }
}
