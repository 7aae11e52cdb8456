package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.jna.DomainTuning;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Which host CPUs QEMU's own threads (device emulation, not the vCPUs) may run on, now and at next boot.
 *
 * @param cpus the host CPUs; null unpins them
 */
public record PinEmulator(CpuSet cpus) implements GuestEdit {
    @Override
    public String describe() {
        return cpus == null ? "unpin the emulator threads" : "pin the emulator threads to host CPUs " + cpus;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        checkHostHas(cpus, context);
        new CpuPinning(next).pinEmulator(cpus);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        CpuSet target = cpus != null ? cpus : CpuSet.allOf(context.hostCpus());
        DomainTuning.pinEmulator(domain, target.cpumap(context.hostCpus()), LibvirtFlags.Affect.LIVE);
        return Live.DONE;
    }

    @Override
    public boolean liveUndoable() {
        return true;
    }

    @Override
    public void undoLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        CpuSet before = new CpuPinning(live).emulatorPin();
        CpuSet target = before != null ? before : CpuSet.allOf(context.hostCpus());
        DomainTuning.pinEmulator(domain, target.cpumap(context.hostCpus()), LibvirtFlags.Affect.LIVE);
    }

    /** Refuses a CPU number the host does not have. */
    static void checkHostHas(CpuSet cpus, EditContext context) {
        if (cpus != null && cpus.highest() >= context.hostCpus()) {
            throw new EditRefused("The host has no CPU " + cpus.highest() + "; its CPUs are 0 to "
                    + (context.hostCpus() - 1) + ".");
        }
    }
}
