package dev.summit.connectors.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Builds new libvirt XML through the DOM: every name and path a user typed becomes a text node or
 * attribute value, so {@code <}, {@code &} and quotes are escaped by the serializer, never by us.
 */
public final class XmlTree {
    private final Document document;

    private XmlTree(Document document) {
        this.document = document;
    }

    public static XmlTree withRoot(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.appendChild(document.createElement(name));
            return new XmlTree(document);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML builder is unavailable", e);
        }
    }

    /** Parses libvirt's XML (no DTDs, no external entities). */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Namespace-aware, so Summit's own <metadata> elements are found by their namespace.
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not valid XML: " + e.getMessage(), e);
        }
    }

    /** The first child element of that name, or null. */
    public static Element firstChild(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The child elements of that name (direct children only), in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** Edits a parsed document in place, e.g. to add metadata to XML a builder wrote. */
    public static XmlTree of(Document document) {
        return new XmlTree(document);
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** A new child element with attributes given as name, value pairs; null values are left out. */
    public Element add(Element parent, String name, String... attributes) {
        Element element = document.createElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                element.setAttribute(attributes[i], attributes[i + 1]);
            }
        }
        parent.appendChild(element);
        return element;
    }

    /** A new child element holding {@code text}. */
    public Element addText(Element parent, String name, String text, String... attributes) {
        Element element = add(parent, name, attributes);
        element.setTextContent(text);
        return element;
    }

    /** A namespaced child, e.g. libosinfo's metadata element. */
    public Element addNamespaced(Element parent, String namespace, String qualifiedName, String... attributes) {
        Element element = document.createElementNS(namespace, qualifiedName);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** Indented by two spaces, without an XML declaration (libvirt writes none either). */
    public String serialize() {
        return serialize(document);
    }

    /** Any document, e.g. a parsed definition after editing, written the same way. */
    public static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().strip() + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write XML: " + e.getMessage(), e);
        }
    }
}
