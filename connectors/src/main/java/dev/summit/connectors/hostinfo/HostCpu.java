package dev.summit.connectors.hostinfo;

/**
 * A host's processors.
 *
 * @param model "AMD kvm64" from the host's capabilities, the architecture when it names none
 * @param cpus  logical CPUs in all
 */
public record HostCpu(String arch, String model, int cpus, int sockets, int coresPerSocket, int threadsPerCore,
                      int numaNodes, int mhz) {
    /** "2 sockets × 4 cores × 2 threads = 16 CPUs". */
    public String topology() {
        return sockets + (sockets == 1 ? " socket" : " sockets") + " × " + coresPerSocket
                + (coresPerSocket == 1 ? " core" : " cores") + " × " + threadsPerCore
                + (threadsPerCore == 1 ? " thread" : " threads") + " = " + cpus + (cpus == 1 ? " CPU" : " CPUs");
    }
}
