package dev.summit.connectors.network;

import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.w3c.dom.Element;

/**
 * Which guests have a card on which network: a running guest as it runs now (a card hot-plugged
 * counts), a stopped one as it is defined. One definition read per guest, whatever the networks.
 */
final class NetworkUsers {
    private NetworkUsers() {
    }

    /** Network name → its users, sorted by guest name. Call on the host's worker. */
    static Map<String, List<NetworkUser>> byNetwork(Connect conn) throws LibvirtException {
        Map<String, List<NetworkUser>> users = new HashMap<>();
        for (Domain domain : conn.listAllDomains(0)) {
            boolean running;
            String xml;
            try {
                running = domain.isActive() == 1;
                xml = domain.getXMLDesc(0);
            } catch (LibvirtException e) {
                continue; // gone between the listing and now
            }
            for (String network : networksOf(xml)) {
                users.computeIfAbsent(network, n -> new ArrayList<>()).add(new NetworkUser(domain.getName(), running));
            }
        }
        users.values().forEach(list -> list.sort(java.util.Comparator.comparing(NetworkUser::guest)));
        return users;
    }

    private static Set<String> networksOf(String domainXml) {
        Set<String> networks = new LinkedHashSet<>();
        Definition definition = Definition.parse(domainXml);
        for (Element nic : Definition.children(definition.devices(), "interface")) {
            Element source = Definition.child(nic, "source");
            String network = Definition.attribute(source, "network");
            if ("network".equals(nic.getAttribute("type")) && network != null) {
                networks.add(network);
            }
        }
        return networks;
    }
}
