package dev.summit.connectors.ops;

import dev.summit.connectors.xml.XmlTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The definition a network install runs with once: the guest's own (it stays the persistent one, so
 * the installed system boots from its disk) plus the installer's kernel, initrd and command line, and
 * "destroy" on reboot, so the installer's final reboot ends the install run instead of looping into
 * the installer again. libvirt starts it as the live definition of the defined guest (same UUID).
 */
final class InstallerBoot {
    private InstallerBoot() {
    }

    static String xml(String definedXml, String uuid, String kernel, String initrd, String cmdline) {
        Document doc = XmlTree.parse(definedXml);
        Element root = doc.getDocumentElement();
        if (CloneDefinition.child(root, "uuid") == null) {
            Element id = doc.createElement("uuid");
            id.setTextContent(uuid);
            root.insertBefore(id, CloneDefinition.child(root, "name").getNextSibling());
        }
        Element os = CloneDefinition.child(root, "os");
        Node afterType = CloneDefinition.child(os, "type").getNextSibling();
        os.insertBefore(text(doc, "kernel", kernel), afterType);
        os.insertBefore(text(doc, "initrd", initrd), afterType);
        if (cmdline != null && !cmdline.isBlank()) {
            os.insertBefore(text(doc, "cmdline", cmdline), afterType);
        }
        Element reboot = CloneDefinition.child(root, "on_reboot");
        if (reboot != null) {
            reboot.setTextContent("destroy");
        }
        return XmlTree.serialize(doc);
    }

    private static Element text(Document doc, String name, String value) {
        Element element = doc.createElement(name);
        element.setTextContent(value);
        return element;
    }
}
