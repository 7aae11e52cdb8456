package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.xml.DomainDisk;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * One {@code <disk>} of a definition, read and written in place: where its data is (a file, a block
 * device or a pool's volume), how the guest sees it (target and bus), how QEMU opens it (format,
 * cache, discard) and whether it is read-only or shared. Children it does not model (iotune, serial,
 * address…) are left as they are.
 */
public final class DiskDevice {
    private final Element element;

    public DiskDevice(Element element) {
        this.element = element;
    }

    public Element element() {
        return element;
    }

    /** disk, cdrom, floppy or lun; libvirt's default is disk. */
    public String device() {
        String device = Definition.attribute(element, "device");
        return device == null ? "disk" : device;
    }

    /** file, block, volume, network or dir. */
    public String type() {
        String type = Definition.attribute(element, "type");
        return type == null ? "file" : type;
    }

    /** The guest-side name, e.g. vda. */
    public String target() {
        String dev = Definition.attribute(Definition.child(element, "target"), "dev");
        return dev == null ? "" : dev;
    }

    /** virtio, sata, scsi, ide…, or null when libvirt is left to choose from the name. */
    public String bus() {
        return Definition.attribute(Definition.child(element, "target"), "bus");
    }

    /** The file or block device, or null (a volume reference, a network disk, an empty drive). */
    public String sourcePath() {
        Element source = Definition.child(element, "source");
        return switch (type()) {
            case "file" -> Definition.attribute(source, "file");
            case "block" -> Definition.attribute(source, "dev");
            case "dir" -> Definition.attribute(source, "dir");
            default -> null;
        };
    }

    /** For {@code type='volume'}: the pool; else null. */
    public String sourcePool() {
        return "volume".equals(type()) ? Definition.attribute(Definition.child(element, "source"), "pool") : null;
    }

    /** For {@code type='volume'}: the volume's name in its pool; else null. */
    public String sourceVolume() {
        return "volume".equals(type()) ? Definition.attribute(Definition.child(element, "source"), "volume") : null;
    }

    /** The path, or "pool/volume" for a volume reference; null when there is no source. */
    public String source() {
        if (sourcePool() != null && sourceVolume() != null) {
            return sourcePool() + "/" + sourceVolume();
        }
        String path = sourcePath();
        return path == null || path.isBlank() ? null : path;
    }

    /** The image format QEMU is told (the driver's type: qcow2, raw…), or null. */
    public String format() {
        return Definition.attribute(Definition.child(element, "driver"), "type");
    }

    /** none, writeback, writethrough, directsync, unsafe, or null for the hypervisor's default. */
    public String cache() {
        return Definition.attribute(Definition.child(element, "driver"), "cache");
    }

    /** unmap or ignore, or null for the default (ignore). */
    public String discard() {
        return Definition.attribute(Definition.child(element, "driver"), "discard");
    }

    public boolean readOnly() {
        return Definition.child(element, "readonly") != null;
    }

    public boolean shareable() {
        return Definition.child(element, "shareable") != null;
    }

    public void setFormat(String format) {
        Definition.setAttribute(driver(), "type", format);
    }

    public void setCache(String cache) {
        Definition.setAttribute(driver(), "cache", cache);
    }

    public void setDiscard(String discard) {
        Definition.setAttribute(driver(), "discard", discard);
    }

    public void setReadOnly(boolean readOnly) {
        setFlag("readonly", readOnly);
    }

    public void setShareable(boolean shareable) {
        setFlag("shareable", shareable);
    }

    /** Points the disk at a file or block device (type follows), dropping any backing chain libvirt reported. */
    public void setSourcePath(String type, String path) {
        Definition.removeChildren(element, "source");
        Definition.removeChildren(element, "backingStore");
        element.setAttribute("type", type);
        Element source = element.getOwnerDocument().createElement("source");
        source.setAttribute("block".equals(type) ? "dev" : "file", path);
        element.insertBefore(source, Definition.child(element, "target"));
    }

    /** Leaves the drive empty (an ejected CD). */
    public void removeSource() {
        Definition.removeChildren(element, "source");
        Definition.removeChildren(element, "backingStore");
    }

    /** Images this disk is built on, nearest first, as libvirt reports them in a running guest's XML. */
    public List<String> backingFiles() {
        List<String> chain = new ArrayList<>();
        Element store = Definition.child(element, "backingStore");
        for (int depth = 0; store != null && depth < 64; depth++) {
            Element source = Definition.child(store, "source");
            String path = Definition.attribute(source, "file");
            if (path == null) {
                path = Definition.attribute(source, "dev");
            }
            if (path != null) {
                chain.add(path);
            }
            store = Definition.child(store, "backingStore");
        }
        return chain;
    }

    /** The disk as the delete rules ({@code DiskOwnership}) see it. */
    public DomainDisk summary() {
        return new DomainDisk(device(), type(), source(), target(), readOnly(), shareable(), backingFiles());
    }

    private Element driver() {
        Element driver = Definition.child(element, "driver");
        if (driver == null) {
            driver = element.getOwnerDocument().createElement("driver");
            element.insertBefore(driver, element.getFirstChild());
        }
        return driver;
    }

    private void setFlag(String name, boolean on) {
        if (!on) {
            Definition.removeChildren(element, name);
        } else if (Definition.child(element, name) == null) {
            element.appendChild(element.getOwnerDocument().createElement(name));
        }
    }
}
