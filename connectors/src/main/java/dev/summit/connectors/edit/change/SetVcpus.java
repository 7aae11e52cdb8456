package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CpuModel;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.edit.device.VcpuSettings;
import dev.summit.connectors.host.LibvirtFlags;
import java.util.Map;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many vCPUs the guest has plugged in and the most it can have. More vCPUs are plugged in live
 * while they stay within the running guest's maximum; fewer are unplugged live when QEMU and the
 * guest manage it, else at next boot. The maximum is fixed while QEMU runs, so it changes at next boot.
 *
 * @param current new number of vCPUs plugged in, or null to keep it (lowered to a lower maximum)
 * @param maximum new maximum, or null to keep it
 */
public record SetVcpus(Integer current, Integer maximum) implements GuestEdit {
    private static final Logger LOG = LoggerFactory.getLogger(SetVcpus.class);

    public SetVcpus {
        if (current == null && maximum == null) {
            throw new IllegalArgumentException("say the current vCPUs, the maximum, or both");
        }
    }

    @Override
    public String describe() {
        if (maximum == null) {
            return "set vCPUs to " + current;
        }
        return "set maximum vCPUs to " + maximum + (current == null ? "" : " and vCPUs to " + current);
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        VcpuSettings vcpus = new VcpuSettings(next);
        int max = maximum != null ? maximum : vcpus.maximum();
        int now = current != null ? current : Math.min(vcpus.current(), max);
        if (max < 1 || now < 1) {
            throw new EditRefused("A guest needs at least 1 vCPU.");
        }
        if (now > max) {
            throw new EditRefused(now + " vCPUs is more than the maximum, " + max + ".");
        }
        if (max > context.hostCpus()) {
            throw new EditRefused("A maximum of " + max + " vCPUs is more than the host's " + context.hostCpus()
                    + " CPUs.");
        }
        if (max > context.maxVcpus()) {
            throw new EditRefused("A maximum of " + max + " vCPUs is more than the hypervisor allows one guest ("
                    + context.maxVcpus() + ").");
        }
        CpuTopology arranged = rearranged(new CpuModel(next).topology(), max);
        for (Map.Entry<Integer, ?> pin : new CpuPinning(next).vcpuPins().entrySet()) {
            if (pin.getKey() >= max) {
                throw new EditRefused("vCPU " + pin.getKey() + " is pinned; unpin it first or keep at least "
                        + (pin.getKey() + 1) + " vCPUs.");
            }
        }
        vcpus.set(now, max);
        if (arranged != null) {
            new CpuModel(next).setTopology(arranged);
        }
    }

    /**
     * libvirt requires the topology to hold exactly the maximum: a topology there keeps its shape per
     * socket and gets as many sockets as the new maximum needs (what a board with more sockets would
     * be). Null when there is no topology or it already fits.
     */
    private static CpuTopology rearranged(CpuTopology topology, int max) {
        if (topology == null || topology.vcpus() == max) {
            return null;
        }
        int perSocket = topology.dies() * topology.cores() * topology.threads();
        if (max % perSocket != 0) {
            throw new EditRefused("The CPU topology has " + perSocket + " vCPUs per socket (" + topology.describe()
                    + "), so the maximum must be a multiple of " + perSocket + "; for " + max
                    + ", arrange the vCPUs as 1 core and 1 thread per socket first.");
        }
        return new CpuTopology(max / perSocket, topology.dies(), topology.cores(), topology.threads());
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        VcpuSettings running = new VcpuSettings(live);
        if (current == null || current > running.maximum()) {
            return Live.NOT_LIVE; // a new maximum alone waits for the next boot, as QEMU fixes it at start
        }
        if (current > running.current()) {
            domain.setVcpusFlags(current, LibvirtFlags.Affect.LIVE);
        } else if (current < running.current()) {
            try {
                domain.setVcpusFlags(current, LibvirtFlags.Affect.LIVE);
            } catch (LibvirtException e) {
                // Unplugging needs the guest's help and a CPU model QEMU can unplug (often it cannot):
                // the guest keeps its vCPUs until it next boots with the lower count.
                LOG.info("{}: the running guest keeps its vCPUs until next boot ({})", describe(), e.getMessage());
                return Live.NOT_LIVE;
            }
        }
        return Live.DONE;
    }

    /** Unplugging a vCPU needs the guest's help and a CPU model QEMU can unplug: often it cannot. */
    @Override
    public void undoLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        domain.setVcpusFlags(new VcpuSettings(live).current(), LibvirtFlags.Affect.LIVE);
    }
}
