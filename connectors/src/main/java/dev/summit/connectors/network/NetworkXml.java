package dev.summit.connectors.network;

import dev.summit.connectors.xml.XmlTree;
import org.w3c.dom.Element;

/** A new network's definition, built through the DOM so names a user typed are escaped by construction. */
public final class NetworkXml {
    private NetworkXml() {
    }

    public static String of(NetworkRequest request) {
        XmlTree xml = XmlTree.withRoot("network");
        Element network = xml.root();
        xml.addText(network, "name", request.name());
        NetworkMode mode = request.mode();
        if (mode.forwardMode() != null) {
            xml.add(network, "forward", "mode", mode.forwardMode(), "dev", mode.forwards() ? request.forwardDevice() : null);
        }
        xml.add(network, "bridge", "name", request.bridge(), "stp", "on", "delay", "0");
        if (request.domain() != null) {
            // Names under the domain are answered by this network's dnsmasq alone, never asked upstream.
            xml.add(network, "domain", "name", request.domain(), "localOnly", "yes");
        }
        Ipv4Subnet ipv4 = request.ipv4();
        Element ip = xml.add(network, "ip", "address", ipv4.gatewayAddress(), "prefix", Integer.toString(ipv4.prefix()));
        if (request.dhcp() != null) {
            xml.add(xml.add(ip, "dhcp"), "range", "start", request.dhcp().firstAddress(), "end", request.dhcp().lastAddress());
        }
        if (request.ipv6() != null) {
            xml.add(network, "ip", "family", "ipv6", "address", request.ipv6().gatewayAddress(),
                    "prefix", Integer.toString(request.ipv6().prefix()));
        }
        return xml.serialize();
    }
}
