package dev.summit.connectors.edit.device;

/**
 * {@code <topology sockets dies cores threads>}: how the guest sees its vCPUs arranged. libvirt
 * requires the product to equal the maximum vCPUs.
 */
public record CpuTopology(int sockets, int dies, int cores, int threads) {
    public CpuTopology {
        if (sockets < 1 || dies < 1 || cores < 1 || threads < 1) {
            throw new IllegalArgumentException("sockets, dies, cores and threads must each be at least 1, not "
                    + sockets + "/" + dies + "/" + cores + "/" + threads);
        }
    }

    /** The usual case: one die per socket. */
    public static CpuTopology of(int sockets, int cores, int threads) {
        return new CpuTopology(sockets, 1, cores, threads);
    }

    /** The number of vCPUs this arrangement holds. */
    public long vcpus() {
        return (long) sockets * dies * cores * threads;
    }

    /** "2 sockets × 2 cores × 1 thread". */
    public String describe() {
        return plural(sockets, "socket") + (dies == 1 ? "" : " × " + plural(dies, "die")) + " × "
                + plural(cores, "core") + " × " + plural(threads, "thread");
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
