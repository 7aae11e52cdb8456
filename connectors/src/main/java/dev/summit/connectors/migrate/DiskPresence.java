package dev.summit.connectors.migrate;

import dev.summit.connectors.jna.NativeHost;
import java.nio.file.Path;
import org.libvirt.LibvirtException;

/**
 * Whether a disk path exists on the destination. libvirt cannot look at arbitrary files, only at
 * volumes of its storage pools; so the answer is known only for folders a pool there covers. A pool
 * lists a file someone else created (e.g. the source host, on shared storage) only after a refresh,
 * so the covering pool is refreshed before it is asked — that changes nothing but libvirt's list.
 */
enum DiskPresence {
    PRESENT, ABSENT, UNKNOWN;

    static DiskPresence of(NativeHost destination, String path) {
        if (destination.hasVolumeAt(path)) {
            return PRESENT;
        }
        try {
            if (destination.refreshPoolAt(Path.of(path).getParent())) {
                return destination.hasVolumeAt(path) ? PRESENT : ABSENT;
            }
        } catch (LibvirtException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
