package dev.summit.connectors.hostinfo;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/**
 * What a host is, for its window's Overview: read once through libvirt, so a remote host answers the
 * same questions as this one without a shell on it.
 *
 * @param memoryKiB all the host's memory
 * @param kvm       "yes", or why not ("no: only emulation (TCG)")
 * @param nested    whether guests can run KVM themselves, "yes", "no" or "unknown: …"
 */
public record HostOverview(String hostname, HostSoftware software, HostCpu cpu, long memoryKiB, String kvm,
                           String nested) {

    public static CompletableFuture<HostOverview> read(HostSession host) {
        return host.submit("read the overview of", host.uri(), HostOverviewReader::read);
    }
}
