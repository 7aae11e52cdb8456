package dev.summit.connectors.edit;

import dev.summit.connectors.xml.XmlTree;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A guest's definition kept as the XML tree libvirt gave us. Editors change the elements they model
 * in place and leave every other node alone, so metadata of other tools, devices Summit has no page
 * for and attributes it does not know survive every edit. Not thread-safe; one per edit.
 */
public final class Definition {
    private final Document document;

    private Definition(Document document) {
        this.document = document;
    }

    /** Parses libvirt's domain XML; fails with "not valid domain XML: …" on anything else. */
    public static Definition parse(String xml) {
        Document document = XmlTree.parse(xml);
        if (!"domain".equals(document.getDocumentElement().getTagName())) {
            throw new IllegalArgumentException("not valid domain XML: the root element is <"
                    + document.getDocumentElement().getTagName() + ">, not <domain>");
        }
        dropIndentation(document.getDocumentElement());
        return new Definition(document);
    }

    /**
     * Removes the whitespace between elements that libvirt wrote as indentation: the serializer
     * indents again, and kept indentation would come out as blank lines. Text of elements without
     * child elements (a description of spaces) is content and stays.
     */
    private static void dropIndentation(Element element) {
        NodeList nodes = element.getChildNodes();
        boolean hasElements = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            hasElements |= nodes.item(i) instanceof Element;
        }
        for (int i = nodes.getLength() - 1; i >= 0; i--) {
            Node node = nodes.item(i);
            if (node instanceof Element child) {
                dropIndentation(child);
            } else if (hasElements && node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()) {
                element.removeChild(node);
            }
        }
    }

    /** An independent deep copy, to edit while the original stays as read. */
    public Definition copy() {
        return new Definition((Document) document.cloneNode(true));
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** The {@code <devices>} element, made when missing. */
    public Element devices() {
        return childOrAdd(root(), "devices");
    }

    public String serialize() {
        return XmlTree.serialize(document);
    }

    /** The first child element called {@code name}, or null. */
    public static Element child(Element parent, String name) {
        return XmlTree.firstChild(parent, name);
    }

    /** Child elements called {@code name}, in document order. */
    public static List<Element> children(Element parent, String name) {
        return XmlTree.children(parent, name);
    }

    /** The first child called {@code name}, appended when there is none. */
    public Element childOrAdd(Element parent, String name) {
        Element existing = child(parent, name);
        return existing != null ? existing : add(parent, name);
    }

    /** A new child element at the end of {@code parent}. */
    public Element add(Element parent, String name) {
        Element element = document.createElement(name);
        parent.appendChild(element);
        return element;
    }

    /** A new child placed right after the last sibling called {@code after} (libvirt does not care; readers do). */
    public Element addAfterLast(Element parent, String name, String after) {
        Element element = document.createElement(name);
        List<Element> siblings = children(parent, after);
        Node next = siblings.isEmpty() ? null : siblings.get(siblings.size() - 1).getNextSibling();
        parent.insertBefore(element, next);
        return element;
    }

    /** Removes every child called {@code name}. */
    public static void removeChildren(Element parent, String name) {
        for (Element element : children(parent, name)) {
            parent.removeChild(element);
        }
    }

    /** Text of the first child called {@code name}, trimmed; null when there is no such child. */
    public static String childText(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }

    /** Sets the text of the child called {@code name} (made when missing); null removes the child. */
    public void setChildText(Element parent, String name, String text) {
        if (text == null) {
            removeChildren(parent, name);
        } else {
            childOrAdd(parent, name).setTextContent(text);
        }
    }

    /** An attribute's value, or null when it is absent (the DOM says ""). */
    public static String attribute(Element element, String name) {
        return element != null && element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** Sets or, for null, removes an attribute. */
    public static void setAttribute(Element element, String name, String value) {
        if (value == null) {
            element.removeAttribute(name);
        } else {
            element.setAttribute(name, value);
        }
    }

    /** Serializes one element alone, e.g. a device for attachDevice. */
    public static String serialize(Element element) {
        XmlTree tree = XmlTree.withRoot("x");
        Document owner = tree.root().getOwnerDocument();
        Node imported = owner.importNode(element, true);
        owner.replaceChild(imported, owner.getDocumentElement());
        return XmlTree.serialize(owner);
    }

    /** Imports an element parsed elsewhere (a device the user typed) as a child of {@code parent}. */
    public Element adopt(Element parent, Element foreign) {
        Element imported = (Element) document.importNode(foreign, true);
        parent.appendChild(imported);
        return imported;
    }

    @Override
    public String toString() {
        return serialize();
    }
}
