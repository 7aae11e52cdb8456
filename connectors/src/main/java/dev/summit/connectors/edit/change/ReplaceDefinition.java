package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.GuestIdentity;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Domain;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The whole definition replaced by XML the user wrote (the window's XML page, {@code summit edit
 * --xml}). The editor's schema-checked define refuses what libvirt would not take; this refuses a
 * different name or UUID first, since either would make another guest rather than change this one.
 * Applies at next boot. {@link DefinitionDiff} shows what it will change.
 *
 * @param newXml the complete domain XML; read the current one with its secrets, or a VNC password is lost
 */
public record ReplaceDefinition(String newXml) implements GuestEdit {
    /** The user's own XML: libvirt's schema check refuses what does not validate, before anything is defined. */
    @Override
    public boolean schemaChecked() {
        return true;
    }

    @Override
    public String describe() {
        return "replace the definition with edited XML";
    }

    /** Not the XML: it carries the VNC password and other secrets, and records end up in logs. */
    @Override
    public String toString() {
        return "ReplaceDefinition[" + (newXml == null ? 0 : newXml.length()) + " characters]";
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        Definition edited;
        try {
            edited = Definition.parse(newXml == null ? "" : newXml);
        } catch (IllegalArgumentException e) {
            throw new EditRefused("The XML cannot be read: " + e.getMessage());
        }
        GuestIdentity was = new GuestIdentity(next);
        GuestIdentity now = new GuestIdentity(edited);
        if (now.name() == null || now.name().isEmpty()) {
            throw new EditRefused("The XML has no <name>; keep the guest's, \"" + was.name() + "\".");
        }
        if (!was.name().equals(now.name())) {
            throw new EditRefused("The XML names the guest \"" + now.name() + "\", not \"" + was.name()
                    + "\"; rename it with Rename instead.");
        }
        if (now.uuid() != null && !now.uuid().equalsIgnoreCase(was.uuid())) {
            throw new EditRefused("The XML has UUID " + now.uuid() + ", not the guest's " + was.uuid()
                    + "; a guest's UUID cannot change.");
        }
        String uuid = was.uuid();
        keepDisplayPasswords(next, edited);
        replaceContent(next, edited.root());
        if (now.uuid() == null) {
            // Left out, libvirt would make up a new one and refuse the name as taken: keep the guest's.
            next.addAfterLast(next.root(), "uuid", "name").setTextContent(uuid);
        }
    }

    /**
     * XML shown on screen is read without secrets, so a display password is missing from it: the
     * password the definition has stays on the display of the same type (removing one is the Display
     * page's or `summit edit`'s job, never a side effect of editing other XML).
     */
    private static void keepDisplayPasswords(Definition next, Definition edited) {
        List<Element> had = Definition.children(next.devices(), "graphics");
        List<Element> now = Definition.children(edited.devices(), "graphics");
        for (Element display : now) {
            if (display.hasAttribute("passwd")) {
                continue;
            }
            had.stream().filter(old -> old.getAttribute("type").equals(display.getAttribute("type")) && old.hasAttribute("passwd"))
                    .findFirst().ifPresent(old -> display.setAttribute("passwd", old.getAttribute("passwd")));
        }
    }

    private static void replaceContent(Definition next, Element source) {
        Element root = next.root();
        NamedNodeMap old = root.getAttributes();
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < old.getLength(); i++) {
            attributes.add((Attr) old.item(i));
        }
        attributes.forEach(root::removeAttributeNode);
        NamedNodeMap added = source.getAttributes();
        for (int i = 0; i < added.getLength(); i++) {
            root.setAttributeNodeNS((Attr) root.getOwnerDocument().importNode(added.item(i), true));
        }
        while (root.getFirstChild() != null) {
            root.removeChild(root.getFirstChild());
        }
        for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
            root.appendChild(root.getOwnerDocument().importNode(child, true));
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) {
        return Live.NOT_LIVE;
    }
}
