package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.VcpuSettings;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.jna.DomainTuning;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Which host CPUs one vCPU may run on, now and at next boot.
 *
 * @param vcpu the vCPU, from 0
 * @param cpus the host CPUs; null unpins it (any host CPU)
 */
public record PinVcpu(int vcpu, CpuSet cpus) implements GuestEdit {
    @Override
    public String describe() {
        return cpus == null ? "unpin vCPU " + vcpu : "pin vCPU " + vcpu + " to host CPUs " + cpus;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        int maximum = new VcpuSettings(next).maximum();
        if (vcpu < 0 || vcpu >= maximum) {
            throw new EditRefused("The guest has no vCPU " + vcpu + "; its vCPUs are 0 to " + (maximum - 1) + ".");
        }
        PinEmulator.checkHostHas(cpus, context);
        new CpuPinning(next).pinVcpu(vcpu, cpus);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        if (vcpu >= new VcpuSettings(live).maximum()) {
            return Live.NOT_LIVE; // the running guest has fewer vCPUs than its next boot will
        }
        CpuSet target = cpus != null ? cpus : CpuSet.allOf(context.hostCpus());
        DomainTuning.pinVcpu(domain, vcpu, target.cpumap(context.hostCpus()), LibvirtFlags.Affect.LIVE);
        return Live.DONE;
    }

    @Override
    public boolean liveUndoable() {
        return true;
    }

    @Override
    public void undoLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        CpuSet before = new CpuPinning(live).vcpuPins().getOrDefault(vcpu, CpuSet.allOf(context.hostCpus()));
        DomainTuning.pinVcpu(domain, vcpu, before.cpumap(context.hostCpus()), LibvirtFlags.Affect.LIVE);
    }
}
