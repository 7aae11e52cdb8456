package dev.summit.connectors.templates.importing;

import dev.summit.connectors.xml.XmlTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code <metadata>} element that says "this guest is a template", written here so the import does
 * not depend on the templates package being built in parallel. The lead reconciles this namespace and
 * element name with the templates package on merge (one of the two classes goes).
 */
public final class TemplateMark {
    public static final String NAMESPACE = "https://summit.dev/xmlns/template/1";
    public static final String ELEMENT = "summit:template";

    private TemplateMark() {
    }

    /** Adds the mark inside the domain's metadata (created if the XML has none). */
    public static void addTo(XmlTree xml) {
        Element domain = xml.root();
        NodeList existing = domain.getElementsByTagName("metadata");
        Element metadata = existing.getLength() > 0 ? (Element) existing.item(0) : insertMetadata(xml, domain);
        xml.addNamespaced(metadata, NAMESPACE, ELEMENT);
    }

    /** Works whether or not the document was parsed namespace-aware (libvirt's XML is read without). */
    public static boolean isMarked(Document domain) {
        NodeList all = domain.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String tag = element.getTagName();
            String prefix = tag.contains(":") ? tag.substring(0, tag.indexOf(':')) : null;
            String local = prefix == null ? tag : tag.substring(prefix.length() + 1);
            String declared = prefix == null ? element.getAttribute("xmlns") : element.getAttribute("xmlns:" + prefix);
            if (local.equals("template") && (NAMESPACE.equals(element.getNamespaceURI()) || NAMESPACE.equals(declared))) {
                return true;
            }
        }
        return false;
    }

    /** Right after {@code <uuid>} (or {@code <name>}), where libvirt itself writes it back. */
    private static Element insertMetadata(XmlTree xml, Element domain) {
        Element metadata = xml.add(domain, "metadata");
        NodeList uuids = domain.getElementsByTagName("uuid");
        NodeList names = uuids.getLength() > 0 ? uuids : domain.getElementsByTagName("name");
        if (names.getLength() > 0) {
            domain.insertBefore(metadata, names.item(0).getNextSibling());
        }
        return metadata;
    }
}
