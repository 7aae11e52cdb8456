package dev.summit.connectors.host;

import dev.summit.connectors.host.LibvirtFlags.StatsTypes;
import dev.summit.connectors.inventory.GuestSample;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.inventory.HostStatsHistory;
import dev.summit.connectors.inventory.HostStatsSampler;
import dev.summit.connectors.inventory.StatsHistory;
import dev.summit.connectors.inventory.StatsSampler;
import dev.summit.connectors.jna.BulkDomainStats;
import dev.summit.connectors.jna.NodeStats;
import dev.summit.connectors.jna.StatsConnect;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds one bulk stats call into the host's guest map. Guests whose state disagrees with what the
 * events told us, or that we have never seen, are reported back so the session re-reads them fully:
 * the sample is a consistency check, the events stay the source of state changes. Each running
 * guest's figures also go into the host's {@link StatsHistory}, the only part read off the worker.
 */
final class StatsRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(StatsRefresher.class);
    record Outcome(boolean changed, Set<String> unknownGuests) {
    }

    private final Map<String, GuestSummary> guests;
    private final StatsHistory history = new StatsHistory();
    private final HostStatsHistory hostHistory = new HostStatsHistory();
    private StatsSampler sampler = new StatsSampler();
    private HostStatsSampler hostSampler = new HostStatsSampler();
    /** Whether the host answers virNodeGetMemoryStats; once it says no, node info and free memory stand in. */
    private boolean memoryStats = true;

    StatsRefresher(Map<String, GuestSummary> guests) {
        this.guests = guests;
    }

    /** Thread-safe: the graphs read it from any thread. */
    StatsHistory history() {
        return history;
    }

    /**
     * Forgets the counters of the previous connection: rates restart after a reconnect. The history
     * stays, so a window's graphs survive a daemon restart; the next sample drops guests now gone.
     */
    void reset() {
        sampler = new StatsSampler();
        hostSampler = new HostStatsSampler();
        memoryStats = true;
    }

    /** Thread-safe: the host window's graphs read it from any thread. */
    HostStatsHistory hostHistory() {
        return hostHistory;
    }

    /** One sample of the host's own CPU and memory into its history; a failed sample is only logged. */
    void refreshHost(StatsConnect conn, String uri) {
        try {
            sampleHost(conn);
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("host stats sample failed on {}: {}", uri, e.getMessage());
        }
    }

    private void sampleHost(StatsConnect conn) throws LibvirtException {
        Map<String, Long> memory = Map.of();
        if (memoryStats) {
            try {
                memory = NodeStats.memoryKiB(conn);
            } catch (LibvirtException e) {
                memoryStats = false; // the test driver, for one, has no memory stats
            }
        }
        long totalKiB = 0;
        long freeKiB = 0;
        if (memory.isEmpty()) {
            totalKiB = conn.nodeInfo().memory;
            try {
                freeKiB = conn.getFreeMemory() / 1024;
            } catch (LibvirtException e) {
                freeKiB = 0; // libvirt-java takes a host with no free memory reported for a failed call
            }
        }
        hostHistory.record(System.currentTimeMillis(),
                hostSampler.sample(NodeStats.cpuTimes(conn), memory, totalKiB, freeKiB));
    }

    Outcome refresh(StatsConnect conn) throws LibvirtException {
        Map<String, GuestSample> samples = sampler.sample(BulkDomainStats.fetch(conn, StatsTypes.LIST), System.nanoTime());
        recordHistory(samples, System.currentTimeMillis());
        boolean changed = false;
        Set<String> unknown = new HashSet<>();
        for (GuestSample sample : samples.values()) {
            GuestSummary known = guests.get(sample.uuid());
            if (known == null || known.state() != sample.state()) {
                unknown.add(sample.uuid());
                continue;
            }
            GuestSummary updated = known.withStats(sample.stats());
            if (!updated.equals(known)) {
                guests.put(sample.uuid(), updated);
                changed = true;
            }
        }
        changed |= guests.keySet().retainAll(samples.keySet());
        return new Outcome(changed, unknown);
    }

    private void recordHistory(Map<String, GuestSample> samples, long epochMillis) {
        Set<String> running = new HashSet<>();
        for (GuestSample sample : samples.values()) {
            if (sample.state().isActive()) {
                history.record(sample.uuid(), epochMillis, sample.point());
                running.add(sample.uuid());
            }
        }
        history.retainOnly(running);
    }
}
