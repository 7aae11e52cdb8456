package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/**
 * {@code <memory>} (the maximum the guest boots with) and {@code <currentMemory>} (what the balloon
 * leaves it), both in KiB, read and written in place on a {@link Definition}.
 */
public final class MemorySettings {
    private final Definition definition;

    public MemorySettings(Definition definition) {
        this.definition = definition;
    }

    public long maximumKiB() {
        return kib(Definition.child(definition.root(), "memory"));
    }

    /** The balloon's target; libvirt omits {@code <currentMemory>} when it equals the maximum. */
    public long currentKiB() {
        Element current = Definition.child(definition.root(), "currentMemory");
        return current == null ? maximumKiB() : kib(current);
    }

    public void setMaximumKiB(long kib) {
        write(definition.childOrAdd(definition.root(), "memory"), kib);
    }

    public void setCurrentKiB(long kib) {
        Element current = Definition.child(definition.root(), "currentMemory");
        if (current == null) {
            current = definition.addAfterLast(definition.root(), "currentMemory", "memory");
        }
        write(current, kib);
    }

    private static void write(Element element, long kib) {
        element.setAttribute("unit", "KiB");
        element.setTextContent(Long.toString(kib));
    }

    /** libvirt writes KiB, but a hand-written definition may say MiB or GiB. */
    static long kib(Element element) {
        if (element == null) {
            return 0;
        }
        long value = Long.parseLong(element.getTextContent().strip());
        String unit = element.getAttribute("unit");
        return switch (unit.isEmpty() ? "KiB" : unit) {
            case "b", "bytes" -> value / 1024;
            case "KB" -> value * 1000 / 1024;
            case "MB" -> value * 1000 * 1000 / 1024;
            case "M", "MiB" -> value * 1024;
            case "G", "GiB" -> value * 1024 * 1024;
            case "GB" -> value * 1000L * 1000 * 1000 / 1024;
            case "T", "TiB" -> value * 1024L * 1024 * 1024;
            default -> value;
        };
    }
}
