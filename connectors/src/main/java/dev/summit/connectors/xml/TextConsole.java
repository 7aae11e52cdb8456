package dev.summit.connectors.xml;

/**
 * A guest's text console libvirt can hand over as a stream: a {@code <console>} or {@code <serial>}
 * device of type pty.
 *
 * @param targetType "serial" (a PC's serial port, ttyS0), "virtio" (hvc0), "sclp", … as the XML says
 */
public record TextConsole(String targetType) {
    /** "serial port", "virtio console": what the Serial tab and the CLI call it. */
    public String describe() {
        return switch (targetType) {
            case "serial", "isa-serial", "pci-serial", "usb-serial" -> "serial port";
            case "virtio" -> "virtio console";
            default -> targetType + " console";
        };
    }
}
