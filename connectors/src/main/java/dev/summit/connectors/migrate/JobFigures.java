package dev.summit.connectors.migrate;

import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.units.ByteSize;

/**
 * One reading of the migration job, as libvirt reports it. Values libvirt did not report are -1.
 *
 * @param elapsedMs          time since the job started
 * @param dataProcessedBytes bytes sent so far (memory and disks)
 * @param dataRemainingBytes bytes still to send in this pass
 * @param dataTotalBytes     everything there is to send
 * @param dirtyPagesPerSecond how fast the running guest changes its memory
 * @param iteration          the pass over memory the copy is in (1 = the first full pass)
 * @param downtimeMs         expected pause while running; the actual pause once completed
 * @param bytesPerSecond     current transfer rate
 * @param postCopy           whether the guest already runs on the destination, fetching pages on demand
 * @param memoryProcessedBytes the memory part of the bytes sent: it moves steadily once memory copying
 *                           began, while a disk copy's figure moves in coarse steps
 */
public record JobFigures(long elapsedMs, long dataProcessedBytes, long dataRemainingBytes, long dataTotalBytes,
                         long dirtyPagesPerSecond, long iteration, long downtimeMs, long bytesPerSecond,
                         boolean postCopy, long memoryProcessedBytes) {
    static JobFigures of(NativeMigration.JobStats stats) {
        long memory = stats.number("memory_processed");
        long disk = stats.number("disk_processed");
        long processed = Math.max(stats.number("data_processed"), Math.max(0, memory) + Math.max(0, disk));
        return new JobFigures(stats.number("time_elapsed"), processed,
                stats.number("data_remaining"), stats.number("data_total"), stats.number("memory_dirty_rate"),
                stats.number("memory_iteration"), stats.number("downtime"), stats.number("memory_bps"),
                stats.number("memory_postcopy_requests") > 0, memory);
    }

    /** Rough share done: processed against processed plus what remains. */
    public double fraction() {
        if (dataProcessedBytes <= 0 || dataRemainingBytes < 0) {
            return 0;
        }
        return (double) dataProcessedBytes / (dataProcessedBytes + dataRemainingBytes);
    }

    /** One line for a log or a terminal. */
    public String describe() {
        return String.format("%5.1f s  sent %s, left %s, dirty %d pages/s, pass %d, expected downtime %s",
                elapsedMs / 1000.0, size(dataProcessedBytes), size(dataRemainingBytes), Math.max(0, dirtyPagesPerSecond),
                Math.max(0, iteration), downtimeMs < 0 ? "?" : downtimeMs + " ms");
    }

    /** A figure as a person reads it; "?" where libvirt did not report it. */
    static String size(long bytes) {
        return bytes < 0 ? "?" : ByteSize.human(bytes);
    }
}
