package dev.summit.connectors.hostinfo;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/**
 * What a host is, for its window's Overview: read once through libvirt, so a remote host answers the
 * same questions as this one without a shell on it.
 *
 * @param hypervisor     the driver and its version, "QEMU 7.2.22"
 * @param libvirtVersion the daemon's libvirt, "9.0.0"
 * @param qemuVersion    "7.2.22", or "" on a host without QEMU (Xen, the test driver)
 * @param cpuModel       "AMD kvm64" from the host's capabilities, the architecture when it names none
 * @param memoryKiB      all the host's memory
 * @param kvm            "yes", or why not ("no: only emulation (TCG)")
 * @param nested         whether guests can run KVM themselves, "yes", "no" or "unknown: …"
 */
public record HostOverview(String hostname, String hypervisor, String libvirtVersion, String qemuVersion, String arch,
                           String cpuModel, int cpus, int sockets, int coresPerSocket, int threadsPerCore, int numaNodes,
                           int mhz, long memoryKiB, String kvm, String nested) {

    public static CompletableFuture<HostOverview> read(HostSession host) {
        return host.submit("read the overview of", host.uri(), HostOverviewReader::read);
    }

    /** "2 sockets × 4 cores × 2 threads = 16 CPUs". */
    public String topology() {
        return sockets + (sockets == 1 ? " socket" : " sockets") + " × " + coresPerSocket
                + (coresPerSocket == 1 ? " core" : " cores") + " × " + threadsPerCore
                + (threadsPerCore == 1 ? " thread" : " threads") + " = " + cpus + (cpus == 1 ? " CPU" : " CPUs");
    }
}
