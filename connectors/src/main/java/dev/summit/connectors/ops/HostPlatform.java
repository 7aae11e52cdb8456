package dev.summit.connectors.ops;

import dev.summit.connectors.jna.DomainCapabilities;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.XmlTree;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the host can give a new x86_64 guest: KVM or only emulation, and whether UEFI firmware is
 * installed there. Asked of the host, not of this workstation: a remote host has its own OVMF or none.
 */
public record HostPlatform(String virtType, boolean uefi) {
    public boolean xen() {
        return "xen".equals(virtType);
    }

    /** What a driver that answers neither question (the test driver) is taken to offer. */
    public static final HostPlatform BIOS_ONLY = new HostPlatform("qemu", false);

    /** Call on the thread that owns {@code conn}. */
    public static HostPlatform of(Connect conn) throws LibvirtException {
        if ("xen".equalsIgnoreCase(conn.getType())) {
            return new HostPlatform("xen", false);
        }
        String virtType = virtType(conn);
        return new HostPlatform(virtType, offersUefi(conn, virtType));
    }

    /** kvm when the host's capabilities offer it for x86_64 guests, else qemu (TCG emulation). */
    private static String virtType(Connect conn) throws LibvirtException {
        NodeList domains = XmlTree.parse(conn.getCapabilities()).getElementsByTagName("domain");
        for (int i = 0; i < domains.getLength(); i++) {
            if ("kvm".equals(((Element) domains.item(i)).getAttribute("type"))) {
                return "kvm";
            }
        }
        return "qemu";
    }

    /**
     * libvirt lists "efi" among the firmware values once it found a UEFI firmware descriptor (Debian's
     * ovmf package installs them). Drivers without domain capabilities (test, some remote ones) say no.
     */
    private static boolean offersUefi(Connect conn, String virtType) {
        try {
            NodeList values = XmlTree.parse(DomainCapabilities.xml(conn, "x86_64", Machine.Q35.libvirtName(), virtType))
                    .getElementsByTagName("enum");
            for (int i = 0; i < values.getLength(); i++) {
                Element e = (Element) values.item(i);
                if ("firmware".equals(e.getAttribute("name")) && e.getTextContent().contains("efi")) {
                    return true;
                }
            }
            return false;
        } catch (LibvirtException | IllegalArgumentException e) {
            return false;
        }
    }
}
