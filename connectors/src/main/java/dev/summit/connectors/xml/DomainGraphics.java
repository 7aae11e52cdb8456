package dev.summit.connectors.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads the {@code <graphics>} displays out of a domain's XML. */
public final class DomainGraphics {
    private DomainGraphics() {
    }

    /** The type of every display the guest has, in document order: "vnc", "spice", "rdp", … */
    public static List<String> types(String domainXml) {
        List<String> types = new ArrayList<>();
        for (Element graphics : graphics(domainXml)) {
            types.add(graphics.getAttribute("type"));
        }
        return types;
    }

    /** The first VNC display; empty when the guest has none (no graphics, or SPICE only). */
    public static Optional<VncDisplay> vnc(String domainXml) {
        List<Element> all = graphics(domainXml);
        for (int index = 0; index < all.size(); index++) {
            Element graphics = all.get(index);
            if (graphics.getAttribute("type").equals("vnc")) {
                return Optional.of(new VncDisplay(index, port(graphics), "yes".equals(graphics.getAttribute("autoport")),
                        listen(graphics), graphics.hasAttribute("passwd")));
            }
        }
        return Optional.empty();
    }

    /**
     * The first VNC display's password, for a caller about to answer VNC authentication. libvirt
     * only includes it in XML read with {@code VIR_DOMAIN_XML_SECURE}.
     */
    public static Optional<VncPassword> vncPassword(String domainXml) {
        for (Element graphics : graphics(domainXml)) {
            if (graphics.getAttribute("type").equals("vnc")) {
                return graphics.hasAttribute("passwd")
                        ? Optional.of(new VncPassword(graphics.getAttribute("passwd")))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<Element> graphics(String domainXml) {
        Element devices = XmlTree.firstChild(XmlTree.parse(domainXml).getDocumentElement(), "devices");
        return devices == null ? List.of() : XmlTree.children(devices, "graphics");
    }

    private static int port(Element graphics) {
        try {
            int port = Integer.parseInt(graphics.getAttribute("port"));
            return port > 0 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The first {@code <listen>} child decides, as it does for QEMU; XML without one (older
     * libvirt, hand-written) says the same with the {@code socket} and {@code listen} attributes.
     */
    private static VncListen listen(Element graphics) {
        Element listen = XmlTree.firstChild(graphics, "listen");
        if (listen == null) {
            if (graphics.hasAttribute("socket")) {
                return new VncListen.Socket(graphics.getAttribute("socket"));
            }
            return new VncListen.Address(blankToNull(graphics.getAttribute("listen")), null);
        }
        return switch (listen.getAttribute("type")) {
            case "socket" -> new VncListen.Socket(blankToNull(listen.hasAttribute("socket")
                    ? listen.getAttribute("socket") : graphics.getAttribute("socket")));
            case "none" -> new VncListen.None();
            case "network" -> new VncListen.Address(blankToNull(listen.getAttribute("address")),
                    blankToNull(listen.getAttribute("network")));
            default -> new VncListen.Address(blankToNull(listen.hasAttribute("address")
                    ? listen.getAttribute("address") : graphics.getAttribute("listen")), null);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
