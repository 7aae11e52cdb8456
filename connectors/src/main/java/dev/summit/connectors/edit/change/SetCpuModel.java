package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CpuModel;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.edit.device.VcpuSettings;
import org.libvirt.Domain;

/**
 * The CPU the guest sees and how its vCPUs are arranged. QEMU fixes both when it starts, so this
 * applies at next boot only.
 *
 * @param modeOrModel "host-passthrough", "host-model", or a model name such as "Skylake-Client"
 *                    (libvirt's custom mode); null keeps the CPU
 * @param topology    sockets × cores × threads, whose product must be the maximum vCPUs; null keeps it
 */
public record SetCpuModel(String modeOrModel, CpuTopology topology) implements GuestEdit {
    public SetCpuModel {
        if (modeOrModel == null && topology == null) {
            throw new IllegalArgumentException("say the CPU model, the topology, or both");
        }
    }

    @Override
    public String describe() {
        String cpu = modeOrModel == null ? null : "set the CPU to " + modeOrModel;
        String arranged = topology == null ? null : "arrange the vCPUs as " + topology.describe();
        return cpu == null ? arranged : arranged == null ? cpu : cpu + " and " + arranged;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        if (modeOrModel != null && !isHostMode() && !modeOrModel.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}")) {
            throw new EditRefused("\"" + modeOrModel + "\" is not a CPU model; give host-passthrough, host-model or a"
                    + " model name such as Skylake-Client.");
        }
        int maximum = new VcpuSettings(next).maximum();
        if (topology != null && topology.vcpus() != maximum) {
            throw new EditRefused("The topology " + topology.describe() + " holds " + topology.vcpus()
                    + " vCPUs; the guest has a maximum of " + maximum + ".");
        }
        CpuModel cpu = new CpuModel(next);
        if (modeOrModel != null) {
            if (isHostMode()) {
                cpu.setHostMode(modeOrModel);
            } else {
                cpu.setCustomModel(modeOrModel);
            }
        }
        if (topology != null) {
            cpu.setTopology(topology);
        }
    }

    private boolean isHostMode() {
        return CpuModel.HOST_PASSTHROUGH.equals(modeOrModel) || CpuModel.HOST_MODEL.equals(modeOrModel);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) {
        return Live.NOT_LIVE;
    }
}
