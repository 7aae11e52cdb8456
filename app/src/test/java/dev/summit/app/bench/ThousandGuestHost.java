package dev.summit.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A libvirt test-driver host with many guests, written to a file (the driver reads a path). The
 * same names, UUIDs and states every run, so two runs — and Summit and virt-manager within one
 * run — list exactly the same host.
 *
 * @param file    the XML file
 * @param guests  how many guests it holds
 * @param running how many of them are running (the rest are paused or shut off)
 */
public record ThousandGuestHost(Path file, int guests, int running) {
    public static final int GUESTS = 1000;
    private static final String TEST_NS = "http://libvirt.org/schemas/domain/test/1.0";
    // The test driver's <test:runstate> takes virDomainState numbers.
    private static final int RUNNING = 1;
    private static final int PAUSED = 3;
    private static final int SHUT_OFF = 5;
    private static final List<String> MOUNTAINS = List.of("everest", "k2", "kangchenjunga", "lhotse",
            "makalu", "cho-oyu", "dhaulagiri", "manaslu", "nanga-parbat", "annapurna", "eiger", "matterhorn",
            "mont-blanc", "denali", "aconcagua", "kilimanjaro", "elbrus", "vinson", "fuji", "olympus");

    /** The URI Summit and virt-manager both connect to. */
    public String uri() {
        return "test://" + file.toAbsolutePath();
    }

    /** Writes a host of {@link #GUESTS} guests into a new file in {@code directory}. */
    public static ThousandGuestHost write(Path directory) throws IOException {
        Document doc = newDocument();
        Element node = doc.createElement("node");
        doc.appendChild(node);
        int running = 0;
        for (int i = 0; i < GUESTS; i++) {
            int state = stateOf(i);
            running += state == RUNNING ? 1 : 0;
            node.appendChild(domain(doc, i, state));
        }
        Path file = Files.createTempFile(directory, "thousand-guests-", ".xml");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
        return new ThousandGuestHost(file, GUESTS, running);
    }

    /** 60 % running, 20 % paused, 20 % shut off, interleaved so every screenful shows all three. */
    private static int stateOf(int index) {
        int tenth = index % 10;
        return tenth < 6 ? RUNNING : tenth < 8 ? PAUSED : SHUT_OFF;
    }

    private static Element domain(Document doc, int index, int state) {
        String name = String.format("%s-%04d", MOUNTAINS.get(index % MOUNTAINS.size()), index + 1);
        Element domain = doc.createElement("domain");
        domain.setAttribute("type", "test");
        domain.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:test", TEST_NS);
        child(domain, "name", name);
        // Derived from the name, so the UUIDs are the same every run.
        child(domain, "uuid", UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
        child(domain, "memory", Integer.toString(512 << (index % 5))).setAttribute("unit", "MiB");
        child(domain, "vcpu", Integer.toString(1 + index % 8));
        Element os = child(domain, "os", null);
        child(os, "type", "hvm").setAttribute("arch", "x86_64");
        Element runstate = doc.createElementNS(TEST_NS, "test:runstate");
        runstate.setTextContent(Integer.toString(state));
        domain.appendChild(runstate);
        return domain;
    }

    private static Element child(Element parent, String tag, String text) {
        Element element = parent.getOwnerDocument().createElement(tag);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder: " + e.getMessage(), e);
        }
    }
}
