package dev.summit.connectors.xml;

import java.util.Optional;
import org.w3c.dom.Element;

/** Reads which text console, if any, a domain's XML offers for {@code virDomainOpenConsole}. */
public final class DomainConsoles {
    private DomainConsoles() {
    }

    /**
     * The console libvirt opens when asked for none by name: the first {@code <console>}, else the
     * first {@code <serial>}. Empty when it is not a pty (a file, a socket, TCP): libvirt cannot
     * stream those.
     */
    public static Optional<TextConsole> first(String domainXml) {
        Element devices = XmlTree.firstChild(XmlTree.parse(domainXml).getDocumentElement(), "devices");
        if (devices == null) {
            return Optional.empty();
        }
        Element console = XmlTree.firstChild(devices, "console");
        if (console == null) {
            console = XmlTree.firstChild(devices, "serial");
        }
        if (console == null || !"pty".equals(console.getAttribute("type"))) {
            return Optional.empty();
        }
        Element target = XmlTree.firstChild(console, "target");
        String type = target == null || target.getAttribute("type").isEmpty() ? "serial" : target.getAttribute("type");
        return Optional.of(new TextConsole(type));
    }
}
