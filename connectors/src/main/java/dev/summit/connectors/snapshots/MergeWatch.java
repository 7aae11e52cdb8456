package dev.summit.connectors.snapshots;

import dev.summit.connectors.ops.OperationProgress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.libvirt.Connect;
import org.libvirt.DomainBlockJobInfo;
import org.libvirt.LibvirtException;

/**
 * Reports how far libvirt's block commit has got while the host's worker waits in the snapshot
 * delete that started it. libvirt connections are thread-safe, and this only reads.
 */
final class MergeWatch implements AutoCloseable {
    private static final long PERIOD_MS = 500;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "snapshot merge progress");
        thread.setDaemon(true);
        return thread;
    });

    MergeWatch(Connect conn, String uuid, String snapshot, List<String> targets, OperationProgress progress) {
        timer.scheduleAtFixedRate(() -> {
            try {
                var domain = conn.domainLookupByUUIDString(uuid);
                for (String target : targets) {
                    DomainBlockJobInfo job = domain.getBlockJobInfo(target, 0);
                    if (job != null && job.end > 0) {
                        progress.report((double) job.cur / job.end, job.cur, "Merging snapshot '" + snapshot + "' into "
                                + target + ": " + (100 * job.cur / job.end) + " %");
                    }
                }
            } catch (LibvirtException | RuntimeException e) {
                // No job (yet, or any more): nothing to report this time.
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
