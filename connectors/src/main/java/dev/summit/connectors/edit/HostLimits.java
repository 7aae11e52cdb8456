package dev.summit.connectors.edit;

import java.util.Map;
import java.util.WeakHashMap;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;

/**
 * The host's CPUs, memory and vCPU limit, which edits are checked against: asked once per
 * connection and guest type instead of at every edit (two calls off each live edit's time).
 */
final class HostLimits {
    /**
     * Process-wide by necessity: the editor is called with a bare connection from the host's worker.
     * Weak keys, so a closed connection's entry goes with it; a host's CPUs and memory do not change
     * under an open connection.
     */
    private static final Map<Connect, Map<String, Limits>> KNOWN = new WeakHashMap<>();

    record Limits(int cpus, long memoryKiB, int maxVcpus) {
    }

    private HostLimits() {
    }

    static Limits of(Connect conn, String type) throws LibvirtException {
        synchronized (KNOWN) {
            Limits known = KNOWN.getOrDefault(conn, Map.of()).get(type);
            if (known != null) {
                return known;
            }
        }
        NodeInfo node = conn.nodeInfo();
        int maxVcpus;
        try {
            maxVcpus = conn.getMaxVcpus(type == null || type.isEmpty() ? null : type);
        } catch (LibvirtException e) {
            maxVcpus = Integer.MAX_VALUE; // the test driver and some drivers do not say; libvirt still checks
        }
        Limits limits = new Limits(node.cpus, node.memory, maxVcpus);
        synchronized (KNOWN) {
            KNOWN.computeIfAbsent(conn, c -> new java.util.HashMap<>()).put(type, limits);
        }
        return limits;
    }
}
