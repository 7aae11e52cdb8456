package dev.summit.connectors.ops;

import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A guest's definition being turned into a clone's (or a restored backup's): edited through the DOM, so every element Summit
 * does not model survives the copy.
 */
public final class CloneDefinition {
    /** A disk the clone needs its own copy of: file-backed, writable, not shared. */
    public record WritableDisk(Element element, String source, String target) {
    }

    private final Document document;

    private CloneDefinition(Document document) {
        this.document = document;
    }

    public static CloneDefinition of(String domainXml) {
        return new CloneDefinition(XmlTree.parse(domainXml));
    }

    static String serialize(Document document) {
        return XmlTree.serialize(document);
    }

    /**
     * Points the clone at its own UEFI variable store; with none to point at, leaves the store's
     * name to libvirt, which then makes a fresh one from the firmware's template.
     */
    public void pointNvramAt(String path) {
        Element nvram = (Element) document.getElementsByTagName("nvram").item(0);
        if (nvram == null) {
            return;
        }
        if (path == null) {
            nvram.setTextContent("");
        } else {
            nvram.setTextContent(path);
        }
    }

    /** CD-ROMs, floppies, read-only and shareable disks are left out: clones share those. */
    public List<WritableDisk> writableDisks() {
        List<WritableDisk> disks = new ArrayList<>();
        NodeList all = document.getElementsByTagName("disk");
        for (int i = 0; i < all.getLength(); i++) {
            Element disk = (Element) all.item(i);
            if (!"disk".equals(disk.getAttribute("device")) || !"file".equals(disk.getAttribute("type"))
                    || child(disk, "readonly") != null || child(disk, "shareable") != null) {
                continue;
            }
            Element source = child(disk, "source");
            Element target = child(disk, "target");
            if (source != null && !source.getAttribute("file").isEmpty() && target != null) {
                disks.add(new WritableDisk(disk, source.getAttribute("file"), target.getAttribute("dev")));
            }
        }
        return disks;
    }

    /** Points one of this definition's disks at a new file, now a qcow2 image. */
    public void pointDiskAt(WritableDisk disk, String path) {
        Element same = sameDisk(disk);
        child(same, "source").setAttribute("file", path);
        Element driver = child(same, "driver");
        if (driver != null) {
            driver.setAttribute("type", "qcow2");
        }
        // A <backingStore> libvirt wrote for the old image would describe the wrong chain.
        Element backing = child(same, "backingStore");
        if (backing != null) {
            same.removeChild(backing);
        }
    }

    /** Puts one disk back as {@code original} defines it (path and driver), after a temporary overlay. */
    void restoreDisk(WritableDisk disk, CloneDefinition original, String path) {
        Element same = sameDisk(disk);
        Element before = original.sameDisk(disk);
        child(same, "source").setAttribute("file", path);
        Element driver = child(same, "driver");
        Element driverBefore = child(before, "driver");
        if (driver != null && driverBefore != null) {
            driver.setAttribute("type", driverBefore.getAttribute("type"));
        }
        Element backing = child(same, "backingStore");
        if (backing != null) {
            same.removeChild(backing);
        }
    }

    /**
     * The definition for a clone: the new name; no UUID and no MAC addresses, so libvirt makes new
     * ones.
     */
    public Document forNewGuest(String name) {
        Element root = document.getDocumentElement();
        child(root, "name").setTextContent(name);
        remove(child(root, "uuid"));
        NodeList interfaces = document.getElementsByTagName("interface");
        for (int i = 0; i < interfaces.getLength(); i++) {
            remove(child((Element) interfaces.item(i), "mac"));
        }
        return document;
    }

    /** Whether a display asks for a password; only XML read with its secrets shows one. */
    public boolean hasDisplayPassword() {
        return displays().stream().anyMatch(graphics -> graphics.hasAttribute("passwd"));
    }

    /** Whether there is a VNC or SPICE display a password could protect. */
    boolean hasPasswordedKindOfDisplay() {
        return !displays().isEmpty();
    }

    /**
     * Takes the source's password (and its expiry) off every display, then gives the VNC and SPICE
     * displays {@code password} when it is a new one.
     */
    void replaceDisplayPassword(ClonePassword password) {
        for (Element graphics : displays()) {
            graphics.removeAttribute("passwd");
            graphics.removeAttribute("passwdValidTo");
            if (password instanceof ClonePassword.Given given) {
                graphics.setAttribute("passwd", given.secret());
            }
        }
    }

    /** The displays libvirt lets carry a password: VNC and SPICE. */
    private List<Element> displays() {
        List<Element> displays = new ArrayList<>();
        NodeList all = document.getElementsByTagName("graphics");
        for (int i = 0; i < all.getLength(); i++) {
            Element graphics = (Element) all.item(i);
            if ("vnc".equals(graphics.getAttribute("type")) || "spice".equals(graphics.getAttribute("type"))) {
                displays.add(graphics);
            }
        }
        return displays;
    }

    public String serialize() {
        return XmlTree.serialize(document);
    }

    private Element sameDisk(WritableDisk disk) {
        for (WritableDisk candidate : writableDisks()) {
            if (candidate.target().equals(disk.target())) {
                return candidate.element();
            }
        }
        throw new IllegalArgumentException("no disk " + disk.target() + " in this definition");
    }

    private static void remove(Node node) {
        if (node != null) {
            node.getParentNode().removeChild(node);
        }
    }

    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName() == null
                    ? element.getNodeName() : element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
