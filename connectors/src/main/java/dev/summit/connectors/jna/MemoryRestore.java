package dev.summit.connectors.jna;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Starts a guest from a saved memory file with an adjusted definition: how Summit brings back the
 * memory of an external snapshot on a libvirt that cannot revert to one itself.
 */
public final class MemoryRestore {
    private MemoryRestore() {
    }

    /**
     * Call on the thread that owns {@code conn}, which must be a {@link StatsConnect}.
     *
     * @param domainXml the definition to run it with: the saved one, with its disks on new files
     */
    public static void restore(Connect conn, String memoryFile, String domainXml, boolean paused) throws LibvirtException {
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("restoring with a changed definition needs Summit's own connection");
        }
        int flags = paused ? RestoreLib.PAUSED : RestoreLib.RUNNING;
        if (RestoreLib.LIB.virDomainRestoreFlags(raw.pointer(), memoryFile, domainXml, flags) < 0) {
            throw NativeErrors.lastError("virDomainRestoreFlags");
        }
    }
}
