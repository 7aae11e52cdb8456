package dev.summit.connectors.migrate;

import dev.summit.connectors.xml.XmlTree;
import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The guest's {@code <cpu>} element from its running definition.
 *
 * @param mode  custom, host-model, host-passthrough, maximum; "" when the guest has no cpu element
 * @param model the named model, "" when none
 * @param element the element itself, null when the guest has none
 * @param emulated the guest runs under QEMU's emulator (TCG), so no host CPU matters
 */
record GuestCpu(String mode, String model, Element element, boolean emulated) {
    static GuestCpu of(String domainXml) {
        Element domain = XmlTree.parse(domainXml).getDocumentElement();
        // <domain type='qemu'>: QEMU's emulator (TCG) runs the model itself, whatever the host's CPU.
        boolean emulated = "qemu".equals(domain.getAttribute("type"));
        NodeList cpus = domain.getElementsByTagName("cpu");
        if (cpus.getLength() == 0) {
            return new GuestCpu("", "", null, emulated);
        }
        Element cpu = (Element) cpus.item(0);
        NodeList models = cpu.getElementsByTagName("model");
        String model = models.getLength() == 0 ? "" : models.item(0).getTextContent().strip();
        String mode = cpu.getAttribute("mode").isEmpty() ? "custom" : cpu.getAttribute("mode");
        return new GuestCpu(mode, model, cpu, emulated);
    }

    boolean present() {
        return element != null;
    }

    /**
     * The element as text, for the destination to compare with its own CPU. Written only when a
     * comparison needs it: the XML transformer's first use loads and initialises a few hundred
     * classes, which a move that compares nothing (an emulated guest) need not wait for.
     */
    String xml() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write the guest's cpu element", e);
        }
    }
}
