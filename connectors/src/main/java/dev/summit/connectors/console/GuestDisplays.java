package dev.summit.connectors.console;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.xml.DomainGraphics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Domain;

/**
 * The types of a guest's displays as it runs now and as it will boot next, to tell a guest Summit
 * cannot show (SPICE only) from one whose new VNC display waits for the next boot.
 *
 * @param running    the running guest's displays ("spice", "vnc"); empty when it is not running
 * @param definition the displays it boots with
 */
public record GuestDisplays(List<String> running, List<String> definition) {
    public GuestDisplays {
        running = List.copyOf(running);
        definition = List.copyOf(definition);
    }

    public static CompletableFuture<GuestDisplays> read(HostSession host, String guestUuid) {
        GuestSummary guest = host.inventory().guests().get(guestUuid);
        return host.submit("read the displays of", guest == null ? guestUuid : guest.name(), conn -> {
            Domain domain = conn.domainLookupByUUIDString(guestUuid);
            List<String> next = DomainGraphics.types(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE));
            List<String> now = domain.isActive() == 1 ? DomainGraphics.types(domain.getXMLDesc(0)) : List.of();
            return new GuestDisplays(now, next);
        });
    }

    /** Has displays, none of them VNC, in the definition: Summit's console cannot show it, but could with one. */
    public boolean needsVnc() {
        return !definition.isEmpty() && !definition.contains("vnc");
    }

    /** A VNC display is defined but the running guest started without it: it shows after a restart. */
    public boolean vncAtNextBoot() {
        return definition.contains("vnc") && !running.isEmpty() && !running.contains("vnc");
    }
}
