package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;

/**
 * {@code <cputune>}'s pinning: {@code <vcpupin vcpu cpuset>} (which host CPUs one vCPU may run on)
 * and {@code <emulatorpin cpuset>} (the same for QEMU's own threads). Shares, periods, quotas and
 * iothread pins in {@code <cputune>} are left alone.
 */
public final class CpuPinning {
    private final Definition definition;

    public CpuPinning(Definition definition) {
        this.definition = definition;
    }

    /** Pinned vCPUs by number; a vCPU missing here may run on any host CPU. */
    public Map<Integer, CpuSet> vcpuPins() {
        Map<Integer, CpuSet> pins = new TreeMap<>();
        Element cputune = Definition.child(definition.root(), "cputune");
        if (cputune != null) {
            for (Element pin : Definition.children(cputune, "vcpupin")) {
                pins.put(Integer.parseInt(pin.getAttribute("vcpu").strip()), CpuSet.parse(pin.getAttribute("cpuset")));
            }
        }
        return pins;
    }

    /** The emulator threads' CPUs, or null when they are not pinned. */
    public CpuSet emulatorPin() {
        Element cputune = Definition.child(definition.root(), "cputune");
        Element pin = cputune == null ? null : Definition.child(cputune, "emulatorpin");
        return pin == null ? null : CpuSet.parse(pin.getAttribute("cpuset"));
    }

    /** Pins one vCPU; null unpins it. */
    public void pinVcpu(int vcpu, CpuSet cpus) {
        Element existing = null;
        Element cputune = Definition.child(definition.root(), "cputune");
        if (cputune != null) {
            for (Element pin : Definition.children(cputune, "vcpupin")) {
                if (Integer.parseInt(pin.getAttribute("vcpu").strip()) == vcpu) {
                    existing = pin;
                }
            }
        }
        if (cpus == null) {
            if (existing != null) {
                cputune.removeChild(existing);
                dropIfEmpty(cputune);
            }
            return;
        }
        if (existing == null) {
            existing = placeVcpuPin(cputune(), vcpu);
            existing.setAttribute("vcpu", Integer.toString(vcpu));
        }
        existing.setAttribute("cpuset", cpus.toString());
    }

    /** Pins the emulator threads; null unpins them. */
    public void pinEmulator(CpuSet cpus) {
        if (cpus == null) {
            Element cputune = Definition.child(definition.root(), "cputune");
            if (cputune != null) {
                Definition.removeChildren(cputune, "emulatorpin");
                dropIfEmpty(cputune);
            }
            return;
        }
        Element cputune = cputune();
        Element pin = Definition.child(cputune, "emulatorpin");
        if (pin == null) {
            pin = definition.addAfterLast(cputune, "emulatorpin", "vcpupin");
        }
        pin.setAttribute("cpuset", cpus.toString());
    }

    /** The vCPU pins in vCPU order, as libvirt writes them. */
    private Element placeVcpuPin(Element cputune, int vcpu) {
        Element pin = definition.add(cputune, "vcpupin");
        for (Element other : Definition.children(cputune, "vcpupin")) {
            if (other != pin && Integer.parseInt(other.getAttribute("vcpu").strip()) > vcpu) {
                cputune.insertBefore(pin, other);
                return pin;
            }
        }
        Element emulator = Definition.child(cputune, "emulatorpin");
        cputune.insertBefore(pin, emulator != null ? emulator : firstPinAfter(cputune));
        return pin;
    }

    /** The element a new last vCPU pin goes before: libvirt writes vcpupin before every other pin. */
    private static Element firstPinAfter(Element cputune) {
        for (String name : new String[] {"iothreadpin", "vcpusched", "iothreadsched", "emulatorsched", "cachetune",
                                         "memorytune"}) {
            Element found = Definition.child(cputune, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Element cputune() {
        Element cputune = Definition.child(definition.root(), "cputune");
        if (cputune != null) {
            return cputune;
        }
        for (String before : new String[] {"vcpus", "iothreadids", "iothreads", "vcpu"}) {
            if (Definition.child(definition.root(), before) != null) {
                return definition.addAfterLast(definition.root(), "cputune", before);
            }
        }
        return definition.add(definition.root(), "cputune");
    }

    /** An empty {@code <cputune/>} is what libvirt writes as nothing. */
    private static void dropIfEmpty(Element cputune) {
        if (cputune.getChildNodes().getLength() == 0 && !cputune.hasAttributes()) {
            cputune.getParentNode().removeChild(cputune);
        }
    }
}
