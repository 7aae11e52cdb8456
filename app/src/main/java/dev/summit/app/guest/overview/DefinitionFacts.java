package dev.summit.app.guest.overview;

import dev.summit.app.guest.overview.OverviewFacts.AgentLink;
import dev.summit.app.guest.overview.OverviewFacts.GuestAddress;
import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Overview's facts that a guest's XML holds: what it runs, on what machine and firmware, its agent. */
final class DefinitionFacts {
    private static final String AGENT_CHANNEL = "org.qemu.guest_agent.0";

    private DefinitionFacts() {
    }

    static String title(Definition definition) {
        return orEmpty(Definition.childText(definition.root(), "title"));
    }

    static String description(Definition definition) {
        return orEmpty(Definition.childText(definition.root(), "description"));
    }

    /** libosinfo's id as virt-install and Summit's wizard record it ("http://debian.org/debian/12" → "debian 12"). */
    static String os(Definition definition) {
        Element metadata = Definition.child(definition.root(), "metadata");
        Element libosinfo = metadata == null ? null : named(metadata, "libosinfo");
        Element os = libosinfo == null ? null : named(libosinfo, "os");
        String id = os == null ? null : Definition.attribute(os, "id");
        if (id != null) {
            String[] parts = id.replaceFirst("^[a-z]+://", "").split("/");
            return parts.length >= 3 ? parts[parts.length - 2] + " " + parts[parts.length - 1] : id;
        }
        Element type = Definition.child(osElement(definition), "type");
        return type == null ? "" : "unknown (" + type.getTextContent().strip() + ")";
    }

    static String machine(Definition definition) {
        Element type = Definition.child(osElement(definition), "type");
        if (type == null) {
            return "";
        }
        String machine = Definition.attribute(type, "machine");
        String arch = Definition.attribute(type, "arch");
        return (machine == null ? "default machine" : machine) + (arch == null ? "" : " (" + arch + ")");
    }

    static String firmware(Definition definition) {
        Element os = osElement(definition);
        Element loader = Definition.child(os, "loader");
        boolean uefi = "efi".equals(Definition.attribute(os, "firmware"))
                || loader != null && "pflash".equals(Definition.attribute(loader, "type"));
        String path = loader == null ? "" : loader.getTextContent().strip();
        return (uefi ? "UEFI" : "BIOS") + (path.isEmpty() ? "" : " (" + path + ")");
    }

    /** From the live definition only: the agent's channel says whether the agent inside answers. */
    static AgentLink agent(Definition live) {
        if (live == null) {
            return AgentLink.NOT_RUNNING;
        }
        for (Element channel : Definition.children(live.devices(), "channel")) {
            Element target = Definition.child(channel, "target");
            if (AGENT_CHANNEL.equals(Definition.attribute(target, "name"))) {
                return "connected".equals(Definition.attribute(target, "state")) ? AgentLink.CONNECTED : AgentLink.DISCONNECTED;
            }
        }
        return AgentLink.NO_CHANNEL;
    }

    /** Addresses the definition itself gives a NIC (user-mode or passt networking); leases need the host. */
    static List<GuestAddress> addresses(Definition definition) {
        List<GuestAddress> found = new ArrayList<>();
        for (Element nic : Definition.children(definition.devices(), "interface")) {
            String mac = Definition.attribute(Definition.child(nic, "mac"), "address");
            for (Element ip : Definition.children(nic, "ip")) {
                String address = Definition.attribute(ip, "address");
                String prefix = Definition.attribute(ip, "prefix");
                if (address != null) {
                    found.add(new GuestAddress(address + (prefix == null ? "" : "/" + prefix), orEmpty(mac), "definition"));
                }
            }
        }
        return found;
    }

    private static Element osElement(Definition definition) {
        Element os = Definition.child(definition.root(), "os");
        return os == null ? definition.root() : os;
    }

    /** A child by local name, whatever prefix its namespace has in this document. */
    private static Element named(Element parent, String localName) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && (e.getTagName().equals(localName) || e.getTagName().endsWith(":" + localName))) {
                return e;
            }
        }
        return null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
