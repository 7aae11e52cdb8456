package dev.summit.connectors.xml;

import static dev.summit.connectors.xml.XmlTree.children;
import static dev.summit.connectors.xml.XmlTree.firstChild;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads the disks out of a domain's XML. */
public final class DomainDisks {
    private DomainDisks() {
    }

    public static List<DomainDisk> parse(String domainXml) {
        Element devices = firstChild(XmlTree.parse(domainXml).getDocumentElement(), "devices");
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

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
