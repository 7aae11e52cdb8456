package dev.summit.connectors.ops;

import java.util.List;
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
        for (CloneDefinition.WritableDisk disk : watched() ? CloneDefinition.of(sourceXml).writableDisks()
                : List.<CloneDefinition.WritableDisk>of()) {
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

    /**
     * Whether anyone reads the progress (the CLI does not): if not, no watcher asks libvirt how far
     * a copy has got, four times a second beside the copy, for nothing.
     */
    boolean watched() {
        return progress != OperationProgress.IGNORE;
    }

    /** What a full copy of {@code name} reports its bytes to; {@link CloneDisks.CopiedBytes#NONE} when unwatched. */
    CloneDisks.CopiedBytes forCopy(String name) {
        return watched() ? bytes -> copying(name, bytes) : CloneDisks.CopiedBytes.NONE;
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
