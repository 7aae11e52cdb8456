package dev.summit.connectors.storage;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a volume's summary from its XML in one streaming pass: thousands of volumes are listed
 * this way, where a DOM per volume would cost more than the round trips.
 */
final class VolumeXmlReader {
    private static final XMLInputFactory FACTORY = newFactory();

    private VolumeXmlReader() {
    }

    static VolumeSummary read(String pool, String xml) {
        String name = null;
        String path = null;
        String format = "";
        String backing = null;
        long capacity = 0;
        long allocation = 0;
        try {
            XMLStreamReader in = FACTORY.createXMLStreamReader(new StringReader(xml));
            String section = "";
            int depth = 0;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String tag = in.getLocalName();
                    if (depth == 2) {
                        section = tag;
                    }
                    switch (tag) {
                        case "name" -> name = depth == 2 ? in.getElementText().strip() : name;
                        case "capacity" -> capacity = depth == 2 ? bytes(in) : capacity;
                        case "allocation" -> allocation = depth == 2 ? bytes(in) : allocation;
                        case "path" -> {
                            String text = in.getElementText().strip();
                            if ("target".equals(section) && depth == 3) {
                                path = text;
                            } else if ("backingStore".equals(section) && depth == 3) {
                                backing = text;
                            }
                        }
                        case "format" -> format = "target".equals(section) && depth == 3
                                ? in.getAttributeValue(null, "type") : format;
                        default -> {
                        }
                    }
                    if (in.getEventType() == XMLStreamConstants.END_ELEMENT) {
                        depth--; // getElementText consumed the end tag
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("libvirt sent volume XML that does not parse: " + e.getMessage(), e);
        }
        return new VolumeSummary(pool, name, path, format == null ? "" : format, capacity, allocation, backing);
    }

    /** libvirt always writes sizes it sends with unit='bytes'. */
    private static long bytes(XMLStreamReader in) throws XMLStreamException {
        return Long.parseLong(in.getElementText().strip());
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
