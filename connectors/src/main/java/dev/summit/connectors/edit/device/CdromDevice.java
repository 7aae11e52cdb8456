package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/** One CD/DVD drive ({@code <disk device='cdrom'>}): its name and bus, and the image in it, if any. */
public final class CdromDevice {
    private final DiskDevice disk;

    public CdromDevice(Element element) {
        this.disk = new DiskDevice(element);
    }

    public Element element() {
        return disk.element();
    }

    public String target() {
        return disk.target();
    }

    public String bus() {
        return disk.bus();
    }

    /** The image or device in the drive (a path, or "pool/volume"), or null when it is empty. */
    public String media() {
        return disk.source();
    }

    public boolean empty() {
        return media() == null;
    }

    /** Puts the image at {@code path} (a file on the host) in the drive, replacing what was there. */
    public void insert(String path) {
        disk.setSourcePath("file", path);
        if (disk.format() == null || "qcow2".equals(disk.format())) {
            disk.setFormat("raw");
        }
    }

    /** Empties the drive; the drive itself stays. */
    public void eject() {
        disk.removeSource();
        if ("volume".equals(disk.type()) || "block".equals(disk.type())) {
            // An empty drive of type volume or block does not validate; libvirt writes empty drives as files.
            element().setAttribute("type", "file");
        }
    }

    /** Whether {@code element} is a CD/DVD drive. */
    public static boolean is(Element element) {
        return "disk".equals(element.getTagName()) && "cdrom".equals(Definition.attribute(element, "device"));
    }
}
