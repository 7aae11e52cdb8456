package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/**
 * {@code <cpu>}: the CPU the guest sees — the host's own ({@code host-passthrough}), libvirt's nearest
 * named model to it ({@code host-model}), or a named model ({@code custom} with {@code <model>}) —
 * and its {@code <topology>}. Features, NUMA cells and cache settings in it are left alone.
 */
public final class CpuModel {
    public static final String HOST_PASSTHROUGH = "host-passthrough";
    public static final String HOST_MODEL = "host-model";
    public static final String CUSTOM = "custom";

    private final Definition definition;

    public CpuModel(Definition definition) {
        this.definition = definition;
    }

    /** host-passthrough, host-model, maximum or custom; null when the guest has no {@code <cpu>}. */
    public String mode() {
        Element cpu = cpu();
        if (cpu == null) {
            return null;
        }
        String mode = Definition.attribute(cpu, "mode");
        return mode == null ? CUSTOM : mode;
    }

    /** The named model of a custom CPU ("Skylake-Client"), or null. */
    public String model() {
        Element cpu = cpu();
        return cpu == null ? null : Definition.childText(cpu, "model");
    }

    /** The topology, or null when the guest leaves it to the hypervisor (one socket per vCPU). */
    public CpuTopology topology() {
        Element topology = cpu() == null ? null : Definition.child(cpu(), "topology");
        if (topology == null) {
            return null;
        }
        return new CpuTopology(count(topology, "sockets"), count(topology, "dies"), count(topology, "cores"),
                count(topology, "threads"));
    }

    /** The host's CPU as it is, or libvirt's model nearest to it; a named model no longer applies. */
    public void setHostMode(String mode) {
        Element cpu = definition.childOrAdd(definition.root(), "cpu");
        cpu.setAttribute("mode", mode);
        Definition.removeChildren(cpu, "model");
        // match and check describe how a named model is compared with the host; they mean nothing here.
        cpu.removeAttribute("match");
    }

    /** A named model the hypervisor emulates; its {@code fallback} attribute, if any, is kept. */
    public void setCustomModel(String model) {
        Element cpu = definition.childOrAdd(definition.root(), "cpu");
        if (!CUSTOM.equals(Definition.attribute(cpu, "mode"))) {
            cpu.setAttribute("mode", CUSTOM);
            cpu.setAttribute("match", "exact");
            cpu.removeAttribute("migratable"); // only host-passthrough and maximum have it
        }
        Element element = Definition.child(cpu, "model");
        if (element == null) {
            element = definition.add(cpu, "model");
            cpu.insertBefore(element, cpu.getFirstChild());
        }
        element.setTextContent(model);
    }

    /** Writes the topology; dies are written only when there is more than one per socket. */
    public void setTopology(CpuTopology topology) {
        Element cpu = definition.childOrAdd(definition.root(), "cpu");
        Element element = Definition.child(cpu, "topology");
        if (element == null) {
            // libvirt writes model, vendor, topology, then features: keep that order for readers.
            String after = Definition.child(cpu, "vendor") != null ? "vendor" : "model";
            element = definition.addAfterLast(cpu, "topology", after);
            if (Definition.child(cpu, after) == null) {
                cpu.insertBefore(element, cpu.getFirstChild());
            }
        }
        element.setAttribute("sockets", Integer.toString(topology.sockets()));
        Definition.setAttribute(element, "dies", topology.dies() == 1 ? null : Integer.toString(topology.dies()));
        element.setAttribute("cores", Integer.toString(topology.cores()));
        element.setAttribute("threads", Integer.toString(topology.threads()));
    }

    private Element cpu() {
        return Definition.child(definition.root(), "cpu");
    }

    private static int count(Element topology, String name) {
        String value = Definition.attribute(topology, name);
        return value == null ? 1 : Integer.parseInt(value.strip());
    }
}
