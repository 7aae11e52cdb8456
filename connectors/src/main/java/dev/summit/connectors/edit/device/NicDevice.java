package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * One network card ({@code <interface>}): what it is plugged into (a libvirt network or a host
 * bridge), the card the guest sees, its MAC address and whether its link is up. Filters, bandwidth,
 * addresses and the like stay as they are.
 */
public final class NicDevice {
    private final Element element;

    public NicDevice(Element element) {
        this.element = element;
    }

    public Element element() {
        return element;
    }

    /** network, bridge, direct, user…. */
    public String type() {
        return element.getAttribute("type");
    }

    /** The libvirt network, for {@code type='network'}; else null. */
    public String network() {
        return "network".equals(type()) ? Definition.attribute(Definition.child(element, "source"), "network") : null;
    }

    /** The host bridge, for {@code type='bridge'} (and, once running, the bridge a network gave it); else null. */
    public String bridge() {
        return Definition.attribute(Definition.child(element, "source"), "bridge");
    }

    /** The network's or the bridge's name, whichever the card is plugged into. */
    public String source() {
        return network() != null ? network() : bridge();
    }

    /** virtio, e1000e, rtl8139…, or null for the hypervisor's default. */
    public String model() {
        return Definition.attribute(Definition.child(element, "model"), "type");
    }

    /** The MAC address in lower case, or null when libvirt is yet to choose one. */
    public String mac() {
        String mac = Definition.attribute(Definition.child(element, "mac"), "address");
        return mac == null ? null : mac.toLowerCase(Locale.ROOT);
    }

    /** libvirt's default is up: only {@code <link state='down'/>} says otherwise. */
    public boolean linkUp() {
        return !"down".equals(Definition.attribute(Definition.child(element, "link"), "state"));
    }

    public void setLinkUp(boolean up) {
        Element link = Definition.child(element, "link");
        if (link == null) {
            if (up) {
                return;
            }
            link = element.getOwnerDocument().createElement("link");
            element.appendChild(link);
        }
        link.setAttribute("state", up ? "up" : "down");
    }

    /** Whether this card has {@code mac} (compared without regard to case). */
    public boolean hasMac(String mac) {
        return mac != null && mac.equalsIgnoreCase(mac());
    }
}
