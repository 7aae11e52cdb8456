package dev.summit.connectors.network;

import static dev.summit.connectors.edit.Definition.child;
import static dev.summit.connectors.edit.Definition.children;

import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What a network's XML says that Summit shows or checks against: its mode, bridge, subnets and DHCP
 * range. A network libvirt holds that Summit could not make (bridge, macvtap, hostdev) reads with its
 * own forward mode as the mode's label.
 *
 * @param modeLabel "nat", "routed", "isolated", "open", or libvirt's own mode name
 * @param bridge    "" when libvirt has not picked one yet
 * @param dhcp      null: no DHCP
 */
public record NetworkDefinition(String name, String modeLabel, String bridge, String forwardDevice, String domain,
                                List<Ipv4Subnet> ipv4, DhcpRange dhcp, List<Ipv6Subnet> ipv6) {

    public static NetworkDefinition parse(String xml) {
        Element root = XmlTree.parse(xml).getDocumentElement();
        Element forward = child(root, "forward");
        String forwardMode = forward == null ? "" : forward.getAttribute("mode");
        if (forward != null && forwardMode.isEmpty()) {
            forwardMode = "nat"; // libvirt's default for a <forward/> without a mode
        }
        NetworkMode mode = NetworkMode.ofForward(forwardMode);
        Element bridge = child(root, "bridge");
        Element domain = child(root, "domain");
        List<Ipv4Subnet> ipv4 = new ArrayList<>();
        List<Ipv6Subnet> ipv6 = new ArrayList<>();
        DhcpRange dhcp = null;
        for (Element ip : children(root, "ip")) {
            String address = ip.getAttribute("address");
            String prefix = ip.getAttribute("prefix");
            try {
                if ("ipv6".equals(ip.getAttribute("family")) || address.contains(":")) {
                    ipv6.add(Ipv6Subnet.parse(address + "/" + (prefix.isEmpty() ? "64" : prefix)));
                    continue;
                }
                int length = prefix.isEmpty() ? prefixOf(ip.getAttribute("netmask")) : Integer.parseInt(prefix);
                ipv4.add(Ipv4Subnet.parse(address + "/" + length));
                Element dhcpElement = child(ip, "dhcp");
                Element range = dhcpElement == null ? null : child(dhcpElement, "range");
                if (range != null && dhcp == null) {
                    dhcp = DhcpRange.parse(range.getAttribute("start") + "-" + range.getAttribute("end"));
                }
            } catch (IllegalArgumentException e) {
                // An address Summit cannot read is left out of the checks; libvirt still guards it.
            }
        }
        return new NetworkDefinition(text(child(root, "name")), mode == null ? forwardMode : mode.label(),
                bridge == null ? "" : bridge.getAttribute("name"), forward == null ? "" : forward.getAttribute("dev"),
                domain == null ? "" : domain.getAttribute("name"), List.copyOf(ipv4), dhcp, List.copyOf(ipv6));
    }

    /** "255.255.255.0" → 24; libvirt's networks may give either form. */
    private static int prefixOf(String netmask) {
        if (netmask.isEmpty()) {
            return 24; // libvirt's own default for a class C address without a mask
        }
        return Integer.bitCount(Ipv4Subnet.address(netmask, netmask));
    }

    /** "10.252.1.0/24" (and the IPv6 ones after it), "" for none. */
    public String subnets() {
        List<String> all = new ArrayList<>();
        ipv4.forEach(s -> all.add(s.cidr()));
        ipv6.forEach(s -> all.add(s.cidr()));
        return String.join(", ", all);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
