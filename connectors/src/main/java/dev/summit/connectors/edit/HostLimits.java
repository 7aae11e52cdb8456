package dev.summit.connectors.edit;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;

/** The host's CPUs, memory and vCPU limit for one guest type, which edits are checked against. */
final class HostLimits {
    record Limits(int cpus, long memoryKiB, int maxVcpus) {
    }

    private HostLimits() {
    }

    static Limits of(Connect conn, String type) throws LibvirtException {
        NodeInfo node = conn.nodeInfo();
        int maxVcpus;
        try {
            maxVcpus = conn.getMaxVcpus(type == null || type.isEmpty() ? null : type);
        } catch (LibvirtException e) {
            maxVcpus = Integer.MAX_VALUE; // the test driver and some drivers do not say; libvirt still checks
        }
        return new Limits(node.cpus, node.memory, maxVcpus);
    }
}
