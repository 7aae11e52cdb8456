package dev.summit.connectors.snapshots;

import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The parts of a guest's definition snapshots care about: its disks' files and formats, and its firmware. */
final class DomainXml {
    /** One disk: {@code format} is the driver type ("qcow2", "raw"), {@code file} null unless a plain file. */
    record Disk(String target, String device, String file, String format, boolean readOnly, boolean shareable) {
        boolean isWritableDisk() {
            return "disk".equals(device) && !readOnly && !shareable;
        }
    }

    private DomainXml() {
    }

    static List<Disk> disks(String domainXml) {
        return disks(XmlTree.parse(domainXml).getDocumentElement());
    }

    static List<Disk> disks(Element domain) {
        List<Disk> found = new ArrayList<>();
        Element devices = domain == null ? null : SnapshotXml.child(domain, "devices");
        if (devices == null) {
            return found;
        }
        for (Element disk : XmlTree.children(devices, "disk")) {
            Element target = SnapshotXml.child(disk, "target");
            Element source = SnapshotXml.child(disk, "source");
            Element driver = SnapshotXml.child(disk, "driver");
            String device = disk.getAttribute("device").isEmpty() ? "disk" : disk.getAttribute("device");
            String file = "file".equals(disk.getAttribute("type")) && source != null && !source.getAttribute("file").isBlank()
                    ? source.getAttribute("file") : null;
            found.add(new Disk(target == null ? "" : target.getAttribute("dev"), device, file,
                    driver == null ? "raw" : driver.getAttribute("type"), SnapshotXml.child(disk, "readonly") != null,
                    SnapshotXml.child(disk, "shareable") != null));
        }
        return found;
    }

    /** Per disk target, its file. */
    static Map<String, String> diskSources(Element domain) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Disk disk : disks(domain)) {
            if (disk.file() != null) {
                sources.put(disk.target(), disk.file());
            }
        }
        return sources;
    }

    /** UEFI firmware keeps its variables in pflash, which qemu cannot snapshot internally. */
    static boolean usesUefi(String domainXml) {
        Element os = SnapshotXml.child(XmlTree.parse(domainXml).getDocumentElement(), "os");
        if (os == null) {
            return false;
        }
        Element loader = SnapshotXml.child(os, "loader");
        return "efi".equals(os.getAttribute("firmware")) || loader != null && "pflash".equals(loader.getAttribute("type"))
                || SnapshotXml.child(os, "nvram") != null;
    }

    /** A {@code <domain>} or {@code <inactiveDomain>} element written out as a definition of its own. */
    static String asDomain(Element saved) {
        Document document = XmlTree.withRoot("domain").root().getOwnerDocument();
        Element domain = document.getDocumentElement();
        for (int i = 0; i < saved.getAttributes().getLength(); i++) {
            Node attribute = saved.getAttributes().item(i);
            domain.setAttribute(attribute.getNodeName(), attribute.getNodeValue());
        }
        for (Node node = saved.getFirstChild(); node != null; node = node.getNextSibling()) {
            domain.appendChild(document.importNode(node, true));
        }
        return XmlTree.serialize(document);
    }

    /**
     * The definition with these disks on other files. Their {@code <backingStore>} goes: libvirt
     * reads the new file's chain itself, and a stale one would be refused.
     */
    static String withDiskFiles(String domainXml, Map<String, String> files) {
        Document document = XmlTree.parse(domainXml);
        Element devices = SnapshotXml.child(document.getDocumentElement(), "devices");
        for (Element disk : XmlTree.children(devices, "disk")) {
            Element target = SnapshotXml.child(disk, "target");
            String file = target == null ? null : files.get(target.getAttribute("dev"));
            if (file == null) {
                continue;
            }
            SnapshotXml.child(disk, "source").setAttribute("file", file);
            SnapshotXml.child(disk, "driver").setAttribute("type", "qcow2");
            Element backing = SnapshotXml.child(disk, "backingStore");
            if (backing != null) {
                disk.removeChild(backing);
            }
        }
        return XmlTree.serialize(document);
    }
}
