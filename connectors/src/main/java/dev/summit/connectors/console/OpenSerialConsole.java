package dev.summit.connectors.console;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.jna.NativeConsoleStream;
import dev.summit.connectors.xml.DomainConsoles;
import dev.summit.connectors.xml.TextConsole;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Domain;

/**
 * Opens a guest's text console as libvirt's console stream ({@code virsh console}'s way): the
 * checks and the open run on the host's worker thread; reading and writing then happen on the
 * caller's threads, never on the worker, so a quiet guest holds up nothing.
 */
public final class OpenSerialConsole {
    private OpenSerialConsole() {
    }

    /**
     * Fails with a {@link NoTextConsoleException} for a guest without one, a
     * {@link HostOperationException} for a guest that is not running or a console libvirt refused.
     */
    public static CompletableFuture<SerialChannel> open(HostSession host, String guestUuid) {
        return host.submit("open the serial console of", nameOf(host, guestUuid), conn -> {
            Domain domain = conn.domainLookupByUUIDString(guestUuid);
            String name = domain.getName();
            TextConsole console = DomainConsoles.first(domain.getXMLDesc(0)).orElseThrow(() -> new NoTextConsoleException(name));
            if (domain.isActive() != 1) {
                throw new HostOperationException("Could not open the serial console of '" + name
                        + "': it is not running; start it to read its console.");
            }
            NativeConsoleStream stream = NativeConsoleStream.open(conn, guestUuid, null);
            return new SerialChannel(new ConsoleTarget(host.uri(), guestUuid, name), console, stream);
        });
    }

    /** Which text console the guest's live XML offers, without opening it; empty when none. */
    public static CompletableFuture<Optional<TextConsole>> find(HostSession host, String guestUuid) {
        return host.submit("read the consoles of", nameOf(host, guestUuid),
                conn -> DomainConsoles.first(conn.domainLookupByUUIDString(guestUuid).getXMLDesc(0)));
    }

    private static String nameOf(HostSession host, String uuid) {
        GuestSummary guest = host.inventory().guests().get(uuid);
        return guest == null ? uuid : guest.name();
    }
}
