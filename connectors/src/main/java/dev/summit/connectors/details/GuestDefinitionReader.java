package dev.summit.connectors.details;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.inventory.GuestSummary;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Domain;

/**
 * Reads a guest's definitions for the guest window's pages, on the host's worker: the persistent
 * one (what an edit changes, what the next boot uses) and, while the guest runs, the live one (what
 * is in effect now). Without secrets: what is read here is shown on screen.
 */
public final class GuestDefinitionReader {
    private GuestDefinitionReader() {
    }

    /**
     * Both definitions of a guest as read together.
     *
     * @param persistent what the next boot uses, and what every edit changes
     * @param live       what the running guest has now; null while it is not running
     */
    public record GuestDefinitions(Definition persistent, Definition live) {
        public boolean running() {
            return live != null;
        }

        /** What is in effect now: the live definition while running, else the persistent one. */
        public Definition current() {
            return live != null ? live : persistent;
        }
    }

    /** Fails with "Could not read the definition of 'name': reason." */
    public static CompletableFuture<GuestDefinitions> read(HostSession host, String uuid) {
        GuestSummary known = host.inventory().guests().get(uuid);
        return host.submit("read the definition of", known == null ? uuid : known.name(), conn -> {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            Definition persistent = Definition.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE));
            Definition live = domain.isActive() == 1 ? Definition.parse(domain.getXMLDesc(0)) : null;
            return new GuestDefinitions(persistent, live);
        });
    }
}
