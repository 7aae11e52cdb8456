package dev.summit.connectors.templates;

import dev.summit.connectors.xml.XmlTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How a guest says it is a template: an element of Summit's own namespace in the domain's
 * {@code <metadata>}. It lives in the definition, so every Summit on every workstation sees it, and
 * libvirt keeps it across redefinitions.
 */
public final class TemplateMark {
    public static final String NAMESPACE = "https://summit.dev/xmlns/template/1";
    static final String ELEMENT = "summit:template";

    private TemplateMark() {
    }

    public static boolean isTemplate(String domainXml) {
        // The guest list asks this of every shut-off guest: most lack the namespace, and a text search
        // spares them a parse (a 1000-guest host lists its 400 inactive guests in the same pass).
        return domainXml.contains(NAMESPACE) && find(XmlTree.parse(domainXml)) != null;
    }

    /** Adds the mark to a definition being built (an import), inside {@code <metadata>}, made after {@code <uuid>} or {@code <name>} when missing. */
    public static void addTo(XmlTree xml) {
        Element domain = xml.root();
        Element metadata = firstChild(domain, "metadata");
        if (metadata == null) {
            metadata = xml.add(domain, "metadata");
            Element anchor = firstChild(domain, "uuid") != null ? firstChild(domain, "uuid") : firstChild(domain, "name");
            if (anchor != null) {
                domain.insertBefore(metadata, anchor.getNextSibling());
            }
        }
        xml.addNamespaced(metadata, NAMESPACE, ELEMENT);
    }

    /** The definition with the mark added (unchanged when already marked). */
    static String marked(String domainXml) {
        Document document = XmlTree.parse(domainXml);
        if (find(document) == null) {
            Element root = document.getDocumentElement();
            Element metadata = firstChild(root, "metadata");
            if (metadata == null) {
                metadata = document.createElement("metadata");
                root.appendChild(metadata);
            }
            metadata.appendChild(document.createElementNS(NAMESPACE, ELEMENT));
        }
        return XmlTree.serialize(document);
    }

    /** The definition without the mark: a template turned back into a guest, or a clone of one. */
    public static String unmarked(String domainXml) {
        Document document = XmlTree.parse(domainXml);
        Element mark = find(document);
        if (mark != null) {
            mark.getParentNode().removeChild(mark);
        }
        return XmlTree.serialize(document);
    }

    private static Element find(Document document) {
        NodeList marks = document.getElementsByTagNameNS(NAMESPACE, "template");
        return marks.getLength() == 0 ? null : (Element) marks.item(0);
    }

    private static Element firstChild(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }
}
