package dev.summit.app.guest.details;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/** Where a disk's or a CD's data lives, in one line: a file, a device, a pool's volume or a network image. */
final class DiskSource {
    private DiskSource() {
    }

    /** "" for an empty CD/DVD drive. */
    static String describe(Element disk) {
        Element source = Definition.child(disk, "source");
        if (source == null) {
            return "";
        }
        String type = Definition.attribute(disk, "type");
        return switch (type == null ? "file" : type) {
            case "block" -> orEmpty(Definition.attribute(source, "dev"));
            case "volume" -> "volume " + Definition.attribute(source, "volume") + " in pool " + Definition.attribute(source, "pool");
            case "network" -> Definition.attribute(source, "protocol") + ": " + Definition.attribute(source, "name");
            case "dir" -> orEmpty(Definition.attribute(source, "dir"));
            default -> orEmpty(Definition.attribute(source, "file"));
        };
    }

    static String bus(Element disk) {
        return Definition.attribute(Definition.child(disk, "target"), "bus");
    }

    static String bootOrder(Element device) {
        return Definition.attribute(Definition.child(device, "boot"), "order");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
