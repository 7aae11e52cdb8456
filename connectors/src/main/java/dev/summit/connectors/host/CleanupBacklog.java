package dev.summit.connectors.host;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clean-ups a host must still get although the connection broke under them (removing what a broken
 * upload left there), each tried on every connect until it succeeds. Confined to the host's worker.
 */
final class CleanupBacklog {
    private static final Logger LOG = LoggerFactory.getLogger(CleanupBacklog.class);

    private record Deferred(String what, HostCall<?> work) {
    }

    private final String uri;
    private final List<Deferred> waiting = new ArrayList<>();

    CleanupBacklog(String uri) {
        this.uri = uri;
    }

    void add(String what, HostCall<?> work) {
        waiting.add(new Deferred(what, work));
    }

    /** Runs every waiting clean-up on the live connection; those that fail stay for the next connect. */
    void drain(Connect conn) {
        for (Iterator<Deferred> it = waiting.iterator(); it.hasNext(); ) {
            Deferred deferred = it.next();
            try {
                deferred.work().call(conn);
                it.remove();
                LOG.info("{} on {}: done", deferred.what(), uri);
            } catch (LibvirtException | RuntimeException e) {
                LOG.debug("{} on {}: not yet ({})", deferred.what(), uri, e.getMessage());
            }
        }
    }
}
