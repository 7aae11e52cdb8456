package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.w3c.dom.Element;

/** The CPUs page's summary of what the next boot uses: counts, placement, model, topology, pinning. */
final class CpuFacts {
    private final FactGrid grid = new FactGrid();

    CpuFacts() {
        grid.row("Virtual CPUs", "vcpus");
        grid.row("Placement", "vcpu-placement");
        grid.row("CPU model", "cpu-model");
        grid.row("Topology", "cpu-topology");
        grid.row("vCPU pinning", "vcpu-pins");
        grid.row("Emulator pinning", "emulator-pin");
    }

    Node node() {
        return grid.node();
    }

    void show(GuestDefinitions definitions) {
        Definition next = definitions.persistent();
        Element vcpu = Definition.child(next.root(), "vcpu");
        String count = vcpu == null ? "1" : vcpu.getTextContent().strip();
        String current = Definition.attribute(vcpu, "current");
        String running = definitions.running() ? Definition.childText(definitions.live().root(), "vcpu") : null;
        grid.set("vcpus", (current == null ? count : current + " of at most " + count)
                + (running != null && !running.equals(count) ? " (running with " + running + ")" : ""));
        grid.set("vcpu-placement", Definition.attribute(vcpu, "placement"));
        Element cpu = Definition.child(next.root(), "cpu");
        String mode = Definition.attribute(cpu, "mode");
        String model = cpu == null ? null : Definition.childText(cpu, "model");
        grid.set("cpu-model", cpu == null ? "hypervisor default"
                : (mode == null ? "custom" : mode) + (model == null || model.isEmpty() ? "" : " — " + model));
        Element topology = cpu == null ? null : Definition.child(cpu, "topology");
        grid.set("cpu-topology", topology == null ? "" : Definition.attribute(topology, "sockets") + " sockets × "
                + Definition.attribute(topology, "cores") + " cores × " + Definition.attribute(topology, "threads") + " threads");
        Element tune = Definition.child(next.root(), "cputune");
        grid.set("vcpu-pins", tune == null ? "not pinned" : Definition.children(tune, "vcpupin").stream()
                .map(pin -> "vCPU " + Definition.attribute(pin, "vcpu") + " → host CPUs " + Definition.attribute(pin, "cpuset"))
                .collect(Collectors.joining("\n")));
        Element emulator = tune == null ? null : Definition.child(tune, "emulatorpin");
        grid.set("emulator-pin", emulator == null ? "not pinned" : "host CPUs " + Definition.attribute(emulator, "cpuset"));
        if (tune != null && Definition.children(tune, "vcpupin").isEmpty()) {
            grid.set("vcpu-pins", "not pinned");
        }
    }
}
