package dev.summit.connectors.snapshots;

import dev.summit.connectors.xml.XmlTree;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads libvirt's snapshot XML and writes the XML Summit asks libvirt for, always through the DOM. */
public final class SnapshotXml {
    private SnapshotXml() {
    }

    /** A snapshot from libvirt's {@code virDomainSnapshotGetXMLDesc}. */
    public static Snapshot parse(String xml, boolean current) {
        Element root = XmlTree.parse(xml).getDocumentElement();
        String name = childText(root, "name");
        String parent = null;
        Element parentElement = child(root, "parent");
        if (parentElement != null) {
            parent = childText(parentElement, "name");
        }
        String created = childText(root, "creationTime");
        Instant time = created == null || created.isBlank() ? Instant.EPOCH : Instant.ofEpochSecond(Long.parseLong(created.strip()));
        Element memory = child(root, "memory");
        String memoryMode = memory == null ? "" : memory.getAttribute("snapshot");
        String memoryFile = "external".equals(memoryMode) ? memory.getAttribute("file") : null;
        Map<String, String> bases = DomainXml.diskSources(child(root, "domain"));
        List<SnapshotDisk> disks = new ArrayList<>();
        Element disksElement = child(root, "disks");
        if (disksElement != null) {
            for (Element disk : XmlTree.children(disksElement, "disk")) {
                if ("external".equals(disk.getAttribute("snapshot"))) {
                    Element source = child(disk, "source");
                    String overlay = source == null ? null : source.getAttribute("file");
                    String target = disk.getAttribute("name");
                    disks.add(new SnapshotDisk(target, overlay, bases.get(target)));
                }
            }
        }
        SnapshotKind kind = memoryFile != null ? SnapshotKind.EXTERNAL_WITH_MEMORY
                : disks.isEmpty() ? SnapshotKind.INTERNAL : SnapshotKind.EXTERNAL_DISK_ONLY;
        return new Snapshot(name, parent, new SnapshotMoment(time, childText(root, "state"), childText(root, "description")),
                kind, current, disks, memoryFile, xml);
    }

    /**
     * The XML for {@code virDomainSnapshotCreateXML}. User text (name, description) goes in as text
     * nodes, so {@code <}, {@code &} and quotes cannot break out of them.
     *
     * @param overlays    per disk target, the new overlay file (external); ignored for internal
     * @param excluded    disk targets left out of the snapshot (CD-ROMs, read-only or shared disks)
     * @param memoryFile  where an external snapshot with memory saves it; null for none
     */
    public static String createXml(String name, String description, SnapshotKind kind, Map<String, String> overlays,
                                   List<String> excluded, String memoryFile) {
        XmlTree tree = XmlTree.withRoot("domainsnapshot");
        Element root = tree.root();
        tree.addText(root, "name", name);
        if (description != null && !description.isBlank()) {
            tree.addText(root, "description", description);
        }
        if (kind == SnapshotKind.EXTERNAL_WITH_MEMORY) {
            tree.add(root, "memory", "snapshot", "external", "file", memoryFile);
        } else if (kind == SnapshotKind.EXTERNAL_DISK_ONLY) {
            tree.add(root, "memory", "snapshot", "no");
        }
        Element disks = tree.add(root, "disks");
        for (String target : excluded) {
            tree.add(disks, "disk", "name", target, "snapshot", "no");
        }
        if (kind.external()) {
            overlays.forEach((target, file) -> {
                Element disk = tree.add(disks, "disk", "name", target, "snapshot", "external", "type", "file");
                tree.add(disk, "driver", "type", "qcow2");
                tree.add(disk, "source", "file", file);
            });
        }
        return tree.serialize();
    }

    /** The same snapshot XML with another description, for a redefine. */
    public static String withDescription(String xml, String description) {
        Document document = XmlTree.parse(xml);
        Element root = document.getDocumentElement();
        Element existing = child(root, "description");
        if (existing != null) {
            root.removeChild(existing);
        }
        if (description != null && !description.isBlank()) {
            Element element = document.createElement("description");
            element.setTextContent(description);
            Element name = child(root, "name");
            root.insertBefore(element, name == null ? root.getFirstChild() : name.getNextSibling());
        }
        return XmlTree.serialize(document);
    }

    /**
     * The same snapshot XML with its external disks' overlays moved to new files, for a redefine
     * after Summit's own revert put the guest on fresh overlays.
     */
    public static String withOverlays(String xml, Map<String, String> overlays) {
        Document document = XmlTree.parse(xml);
        Element disks = child(document.getDocumentElement(), "disks");
        if (disks != null) {
            for (Element disk : XmlTree.children(disks, "disk")) {
                String file = overlays.get(disk.getAttribute("name"));
                Element source = child(disk, "source");
                if (file != null && source != null) {
                    source.setAttribute("file", file);
                }
            }
        }
        return XmlTree.serialize(document);
    }

    /** The guest's definition as the snapshot saved it: the live one, or the inactive one when asked and present. */
    public static String savedDomain(String xml, boolean inactive) {
        Element root = XmlTree.parse(xml).getDocumentElement();
        Element domain = inactive && child(root, "inactiveDomain") != null ? child(root, "inactiveDomain") : child(root, "domain");
        if (domain == null) {
            throw new IllegalArgumentException("the snapshot keeps no definition of the guest");
        }
        return DomainXml.asDomain(domain);
    }

    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }


    private static String childText(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent();
    }
}
