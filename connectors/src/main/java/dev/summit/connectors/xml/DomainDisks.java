package dev.summit.connectors.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads the disks out of a domain's XML. */
public final class DomainDisks {
    private DomainDisks() {
    }

    public static List<DomainDisk> parse(String domainXml) {
        Element devices = firstChild(parseDocument(domainXml).getDocumentElement(), "devices");
        List<DomainDisk> disks = new ArrayList<>();
        if (devices == null) {
            return disks;
        }
        for (Element disk : children(devices, "disk")) {
            String type = disk.getAttribute("type");
            Element target = firstChild(disk, "target");
            disks.add(new DomainDisk(orDefault(disk.getAttribute("device"), "disk"), type, source(type, firstChild(disk, "source")),
                    target == null ? "" : target.getAttribute("dev"), firstChild(disk, "readonly") != null,
                    firstChild(disk, "shareable") != null, backingChain(disk)));
        }
        return disks;
    }

    static Document parseDocument(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Namespace-aware, so Summit's own <metadata> elements are found by their namespace.
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not valid domain XML: " + e.getMessage(), e);
        }
    }

    private static String source(String type, Element source) {
        if (source == null) {
            return null;
        }
        return switch (type) {
            case "file" -> blankToNull(source.getAttribute("file"));
            case "block" -> blankToNull(source.getAttribute("dev"));
            case "dir" -> blankToNull(source.getAttribute("dir"));
            case "volume" -> source.getAttribute("pool") + "/" + source.getAttribute("volume");
            case "network" -> blankToNull(source.getAttribute("protocol") + ":" + source.getAttribute("name"));
            default -> null;
        };
    }

    private static List<String> backingChain(Element disk) {
        List<String> chain = new ArrayList<>();
        Element store = firstChild(disk, "backingStore");
        while (store != null) {
            Element source = firstChild(store, "source");
            if (source != null) {
                String path = blankToNull(source.getAttribute("file"));
                if (path == null) {
                    path = blankToNull(source.getAttribute("dev"));
                }
                if (path != null) {
                    chain.add(path);
                }
            }
            store = firstChild(store, "backingStore");
        }
        return chain;
    }

    static Element firstChild(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
