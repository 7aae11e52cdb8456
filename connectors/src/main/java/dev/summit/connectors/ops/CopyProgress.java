package dev.summit.connectors.ops;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Bytes copied across all the full copies of one clone run, as a fraction of what they will copy
 * (the sources' allocation, once per copy); linked overlays and shared disks move no data.
 */
final class CopyProgress {
    private final OperationProgress progress;
    private final long total;
    private long finishedBytes;
    private long current;

    CopyProgress(OperationProgress progress, Connect conn, String sourceXml, CloneRequest request) {
        this.progress = progress;
        long perCopy = 0;
        for (CloneDefinition.WritableDisk disk : CloneDefinition.of(sourceXml).writableDisks()) {
            if (request.modeOf(disk.target()) == CloneMode.FULL) {
                perCopy += allocation(conn, disk.source());
            }
        }
        this.total = perCopy * request.names().size();
    }

    private static long allocation(Connect conn, String path) {
        try {
            return conn.storageVolLookupByPath(path).getInfo().allocation;
        } catch (LibvirtException e) {
            return 0;
        }
    }

    synchronized void copying(String name, long bytes) {
        current = bytes;
        long done = finishedBytes + current;
        progress.report(total == 0 ? 0 : Math.min(1, done / (double) total), done, "Copying the disks of " + name);
    }

    synchronized void finished(String name) {
        finishedBytes += current;
        current = 0;
    }
}
