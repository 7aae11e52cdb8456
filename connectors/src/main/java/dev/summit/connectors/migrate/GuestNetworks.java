package dev.summit.connectors.migrate;

import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The libvirt networks and host bridges a guest's network cards plug into. */
record GuestNetworks(List<String> networks, List<String> bridges) {
    static GuestNetworks of(String domainXml) {
        List<String> networks = new ArrayList<>();
        List<String> bridges = new ArrayList<>();
        NodeList interfaces = XmlTree.parse(domainXml).getElementsByTagName("interface");
        for (int i = 0; i < interfaces.getLength(); i++) {
            Element nic = (Element) interfaces.item(i);
            NodeList sources = nic.getElementsByTagName("source");
            if (sources.getLength() == 0) {
                continue;
            }
            Element source = (Element) sources.item(0);
            if ("network".equals(nic.getAttribute("type")) && !source.getAttribute("network").isEmpty()) {
                networks.add(source.getAttribute("network"));
            } else if ("bridge".equals(nic.getAttribute("type")) && !source.getAttribute("bridge").isEmpty()) {
                bridges.add(source.getAttribute("bridge"));
            }
        }
        return new GuestNetworks(List.copyOf(networks), List.copyOf(bridges));
    }
}
