package dev.summit.connectors.migrate;

import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.units.ByteSize;

/**
 * One reading of the migration job, as libvirt reports it. Values libvirt did not report are -1.
 *
 * @param elapsedMs           time since the job started
 * @param bytes               what was sent and what is left
 * @param dirtyPagesPerSecond how fast the running guest changes its memory
 * @param iteration           the pass over memory the copy is in (1 = the first full pass)
 * @param downtimeMs          expected pause while running; the actual pause once completed
 * @param bytesPerSecond      current transfer rate
 * @param postCopy            whether the guest already runs on the destination, fetching pages on demand
 */
public record JobFigures(long elapsedMs, JobBytes bytes, long dirtyPagesPerSecond, long iteration, long downtimeMs,
                         long bytesPerSecond, boolean postCopy) {

    /**
     * The job's byte counts.
     *
     * @param processed       bytes sent so far (memory and disks)
     * @param remaining       bytes still to send in this pass
     * @param total           everything there is to send
     * @param memoryProcessed the memory part of the bytes sent: it moves steadily once memory copying
     *                        began, while a disk copy's figure moves in coarse steps
     */
    public record JobBytes(long processed, long remaining, long total, long memoryProcessed) {
    }

    static JobFigures of(NativeMigration.JobStats stats) {
        long memory = stats.number("memory_processed");
        long disk = stats.number("disk_processed");
        long processed = Math.max(stats.number("data_processed"), Math.max(0, memory) + Math.max(0, disk));
        return new JobFigures(stats.number("time_elapsed"),
                new JobBytes(processed, stats.number("data_remaining"), stats.number("data_total"), memory),
                stats.number("memory_dirty_rate"), stats.number("memory_iteration"), stats.number("downtime"),
                stats.number("memory_bps"), stats.number("memory_postcopy_requests") > 0);
    }

    public long dataProcessedBytes() {
        return bytes.processed();
    }

    public long dataRemainingBytes() {
        return bytes.remaining();
    }

    public long dataTotalBytes() {
        return bytes.total();
    }

    public long memoryProcessedBytes() {
        return bytes.memoryProcessed();
    }

    /** Rough share done: processed against processed plus what remains. */
    public double fraction() {
        if (bytes.processed() <= 0 || bytes.remaining() < 0) {
            return 0;
        }
        return (double) bytes.processed() / (bytes.processed() + bytes.remaining());
    }

    /** One line for a log or a terminal. */
    public String describe() {
        return String.format("%5.1f s  sent %s, left %s, dirty %d pages/s, pass %d, expected downtime %s",
                elapsedMs / 1000.0, size(bytes.processed()), size(bytes.remaining()), Math.max(0, dirtyPagesPerSecond),
                Math.max(0, iteration), downtimeMs < 0 ? "?" : downtimeMs + " ms");
    }

    /** A figure as a person reads it; "?" where libvirt did not report it. */
    static String size(long bytes) {
        return bytes < 0 ? "?" : ByteSize.human(bytes);
    }
}
