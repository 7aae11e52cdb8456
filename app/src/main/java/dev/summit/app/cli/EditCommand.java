package dev.summit.app.cli;

import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.PinEmulator;
import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.SetCpuModel;
import dev.summit.connectors.edit.change.SetMemory;
import dev.summit.connectors.edit.change.SetTitleDescription;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Memory, CPUs, pinning, title and description of a guest: live where libvirt can, else at next boot. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change a guest's memory, CPUs, CPU pinning, title or description. On a running guest each"
                + " change is made live and kept where libvirt can; otherwise it applies at next boot.")
final class EditCommand implements Callable<Integer> {
    private static final long KIB_PER_MIB = 1024;

    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--memory", paramLabel = "MiB", description = "Maximum memory (at next boot on a running guest).")
    Long memoryMiB;

    @Option(names = "--current-memory", paramLabel = "MiB",
            description = "Current memory: a running guest's balloon moves to it now (dynamic memory).")
    Long currentMemoryMiB;

    @Option(names = "--vcpus", paramLabel = "N", description = "vCPUs in use: hot-plugged now when at most the maximum.")
    Integer vcpus;

    @Option(names = "--max-vcpus", paramLabel = "N", description = "Maximum vCPUs (at next boot).")
    Integer maxVcpus;

    @Option(names = "--cpu", paramLabel = "host-passthrough|host-model|MODEL", description = "The CPU the guest sees (at next boot).")
    String cpu;

    @Option(names = "--pin", paramLabel = "VCPU:CPUSET",
            description = "Run vCPU VCPU only on these host CPUs, e.g. 0:2-3 (live and kept); repeat for each vCPU.")
    List<String> pins = new ArrayList<>();

    @Option(names = "--emulator-pin", paramLabel = "CPUSET", description = "Host CPUs for QEMU's own threads, e.g. 0-1.")
    String emulatorPin;

    @Option(names = "--title", paramLabel = "T", description = "A short title (\"\" removes it).")
    String title;

    @Option(names = "--description", paramLabel = "D", description = "A free-text description (\"\" removes it).")
    String description;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<GuestEdit> edits = new ArrayList<>();
        if (memoryMiB != null || currentMemoryMiB != null) {
            edits.add(new SetMemory(memoryMiB == null ? null : memoryMiB * KIB_PER_MIB,
                    currentMemoryMiB == null ? null : currentMemoryMiB * KIB_PER_MIB));
        }
        if (vcpus != null || maxVcpus != null) {
            edits.add(new SetVcpus(vcpus, maxVcpus));
        }
        if (cpu != null) {
            edits.add(new SetCpuModel(cpu, null));
        }
        for (String pin : pins) {
            int colon = pin.indexOf(':');
            if (colon <= 0 || !pin.substring(0, colon).matches("\\d+")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--pin takes VCPU:CPUSET, e.g. 0:2-3, not '" + pin + "'.");
            }
            edits.add(new PinVcpu(Integer.parseInt(pin.substring(0, colon)), cpuSet(pin.substring(colon + 1))));
        }
        if (emulatorPin != null) {
            edits.add(new PinEmulator(cpuSet(emulatorPin)));
        }
        if (title != null || description != null) {
            edits.add(new SetTitleDescription(title, description));
        }
        return GuestEditRun.apply(spec, host, name, "edit", edits);
    }

    private CpuSet cpuSet(String text) {
        try {
            return CpuSet.parse(text);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
