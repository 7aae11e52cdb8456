package dev.summit.connectors.network;

import static dev.summit.connectors.edit.Definition.attribute;
import static dev.summit.connectors.edit.Definition.child;
import static dev.summit.connectors.edit.Definition.children;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Interface;
import org.libvirt.LibvirtException;
import org.w3c.dom.Element;

/** The host's network interfaces and bridges, read through libvirt's interface driver (no changes). */
public final class HostInterfaces {
    private HostInterfaces() {
    }

    public static CompletableFuture<List<HostInterface>> read(HostSession host) {
        return host.submit("list the interfaces of", host.uri(), HostInterfaces::read);
    }

    /** Call on the host's worker; sorted by name, loopback left out. */
    public static List<HostInterface> read(Connect conn) throws LibvirtException {
        List<HostInterface> found = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(conn.listInterfaces()));
        names.addAll(List.of(conn.listDefinedInterfaces()));
        for (String name : names) {
            if (name.equals("lo")) {
                continue;
            }
            try {
                Interface iface = conn.interfaceLookupByName(name);
                found.add(parse(iface.getXMLDescription(0), iface.isActive() == 1));
            } catch (LibvirtException e) {
                // Gone between the listing and now (a guest's tap device): nothing to show.
            }
        }
        found.sort(Comparator.comparing(HostInterface::name));
        return found;
    }

    /** The names of every interface, for checks; empty when the host's driver cannot list them. */
    static List<String> namesOrNone(Connect conn) {
        try {
            List<String> names = new ArrayList<>(List.of(conn.listInterfaces()));
            names.addAll(List.of(conn.listDefinedInterfaces()));
            return names;
        } catch (LibvirtException e) {
            return List.of();
        }
    }

    static HostInterface parse(String xml, boolean active) {
        Element root = XmlTree.parse(xml).getDocumentElement();
        Element mac = child(root, "mac");
        Element mtu = child(root, "mtu");
        Element link = child(root, "link");
        List<String> addresses = new ArrayList<>();
        for (Element protocol : children(root, "protocol")) {
            for (Element ip : children(protocol, "ip")) {
                String prefix = attribute(ip, "prefix");
                addresses.add(ip.getAttribute("address") + (prefix == null ? "" : "/" + prefix));
            }
        }
        List<String> ports = new ArrayList<>();
        Element bridge = child(root, "bridge");
        if (bridge != null) {
            children(bridge, "interface").forEach(port -> ports.add(port.getAttribute("name")));
        }
        int mtuSize = 0;
        try {
            mtuSize = mtu == null ? 0 : Integer.parseInt(mtu.getAttribute("size"));
        } catch (NumberFormatException e) {
            // an MTU Summit cannot read is shown as unknown
        }
        return new HostInterface(root.getAttribute("name"), root.getAttribute("type"), active,
                mac == null ? "" : mac.getAttribute("address"), mtuSize, link == null ? "" : link.getAttribute("state"),
                List.copyOf(addresses), List.copyOf(ports));
    }
}
