package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/**
 * {@code <vcpu current='N'>MAX</vcpu>}: the most vCPUs the guest can have (fixed while it runs) and
 * how many are plugged in. Its other attributes (placement, cpuset) are left as they are.
 */
public final class VcpuSettings {
    private final Definition definition;

    public VcpuSettings(Definition definition) {
        this.definition = definition;
    }

    /** The maximum; libvirt's default is 1 when {@code <vcpu>} is missing. */
    public int maximum() {
        Element vcpu = Definition.child(definition.root(), "vcpu");
        return vcpu == null ? 1 : Integer.parseInt(vcpu.getTextContent().strip());
    }

    /** vCPUs plugged in; libvirt omits {@code current} when it equals the maximum. */
    public int current() {
        String current = Definition.attribute(Definition.child(definition.root(), "vcpu"), "current");
        return current == null ? maximum() : Integer.parseInt(current.strip());
    }

    /** "static" or "auto" (numad), or null when not said. */
    public String placement() {
        return Definition.attribute(Definition.child(definition.root(), "vcpu"), "placement");
    }

    /**
     * Sets both at once, since each is checked against the other. {@code current} is written only
     * when it is below the maximum, as libvirt writes it. Per-vCPU state ({@code <vcpus>}) is dropped:
     * it must agree with the new counts and libvirt derives it again.
     */
    public void set(int current, int maximum) {
        if (current == current() && maximum == maximum()) {
            return;
        }
        Element vcpu = Definition.child(definition.root(), "vcpu");
        if (vcpu == null) {
            vcpu = definition.addAfterLast(definition.root(), "vcpu", "currentMemory");
        }
        vcpu.setTextContent(Integer.toString(maximum));
        Definition.setAttribute(vcpu, "current", current < maximum ? Integer.toString(current) : null);
        Definition.removeChildren(definition.root(), "vcpus");
    }
}
