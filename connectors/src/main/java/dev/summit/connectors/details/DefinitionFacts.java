package dev.summit.connectors.details;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.KvmDomainBuilder;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the Overview shows from a guest's (live) definition.
 *
 * @param title       the one-line {@code <title>}; "" when none
 * @param description the free text {@code <description>}; "" when none
 * @param osId        the libosinfo id the guest was created for ("http://debian.org/debian/12"); "" when none
 * @param machine     the machine type as libvirt expanded it ("pc-q35-7.2"); "" when none (e.g. Xen PV)
 * @param firmware    UEFI when the guest boots OVMF, else BIOS (also for guests the hypervisor boots itself)
 * @param agent       the QEMU guest agent channel and, in live XML, whether an agent answers on it
 */
record DefinitionFacts(String title, String description, String osId, String machine, Firmware firmware,
                       AgentStatus agent) {
    private static final String AGENT_CHANNEL = "org.qemu.guest_agent.0";

    static DefinitionFacts of(String domainXml) {
        Definition definition = Definition.parse(domainXml);
        Element root = definition.root();
        Element os = Definition.child(root, "os");
        Element type = os == null ? null : Definition.child(os, "type");
        return new DefinitionFacts(text(root, "title"), text(root, "description"), osId(root),
                type == null ? "" : type.getAttribute("machine"), firmware(os), agent(root));
    }

    private static String text(Element parent, String name) {
        Element child = Definition.child(parent, name);
        return child == null ? "" : child.getTextContent().strip();
    }

    /** By namespace, not prefix: another tool may have written the same metadata as "osinfo:os". */
    private static String osId(Element root) {
        Element metadata = Definition.child(root, "metadata");
        if (metadata == null) {
            return "";
        }
        NodeList found = metadata.getElementsByTagNameNS(KvmDomainBuilder.LIBOSINFO_NS, "os");
        return found.getLength() == 0 ? "" : ((Element) found.item(0)).getAttribute("id");
    }

    private static Firmware firmware(Element os) {
        if (os == null) {
            return Firmware.BIOS;
        }
        if ("efi".equals(os.getAttribute("firmware"))) {
            return Firmware.UEFI;
        }
        Element loader = Definition.child(os, "loader");
        if (loader == null) {
            return Firmware.BIOS;
        }
        // A pflash loader is a UEFI code image; a rom loader may still be OVMF, which its path tells.
        String path = loader.getTextContent().toLowerCase(Locale.ROOT);
        return "pflash".equals(loader.getAttribute("type")) || path.contains("ovmf") || path.contains("edk2")
                || path.contains("efi") ? Firmware.UEFI : Firmware.BIOS;
    }

    private static AgentStatus agent(Element root) {
        Element devices = Definition.child(root, "devices");
        if (devices == null) {
            return AgentStatus.NO_CHANNEL;
        }
        for (Element channel : Definition.children(devices, "channel")) {
            Element target = Definition.child(channel, "target");
            if (target != null && "virtio".equals(target.getAttribute("type"))
                    && AGENT_CHANNEL.equals(target.getAttribute("name"))) {
                return "connected".equals(target.getAttribute("state")) ? AgentStatus.CONNECTED : AgentStatus.NOT_CONNECTED;
            }
        }
        return AgentStatus.NO_CHANNEL;
    }
}
