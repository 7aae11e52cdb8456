package dev.summit.connectors.inventory;

import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.templates.TemplateMark;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;

/** Reads guests into summaries. Runs on the host's worker thread, which owns the connection. */
public final class GuestReader {
    private GuestReader() {
    }

    /**
     * Every guest on the host, active and inactive, without their template marks (all false):
     * those need each shut-off guest's definition, which {@link #markTemplates} reads after the
     * rows are shown. Saved-image and autostart flags come from two filtered list calls instead of
     * two calls per guest, which matters on a remote host with 1000.
     */
    public static Map<String, GuestSummary> readAll(Connect conn) throws LibvirtException {
        Set<String> saved = uuids(conn.listAllDomains(LibvirtFlags.ListDomains.MANAGEDSAVE));
        Set<String> autostart = uuids(conn.listAllDomains(LibvirtFlags.ListDomains.AUTOSTART));
        Map<String, GuestSummary> guests = new HashMap<>();
        for (Domain domain : conn.listAllDomains(0)) {
            String uuid = domain.getUUIDString();
            DomainInfo info = domain.getInfo();
            GuestState state = GuestState.fromLibvirt(info.state.ordinal());
            guests.put(uuid, new GuestSummary(uuid, domain.getName(), state, new GuestSizing(info.nrVirtCpu,
                    info.maxMem), !state.isActive() && saved.contains(uuid), autostart.contains(uuid),
                    GuestStats.NONE, false));
        }
        return guests;
    }

    /**
     * The second pass over a listing: reads each shut-off guest's definition for the template mark
     * and corrects {@code guests} in place (guests it does not hold are left alone).
     *
     * @return whether any guest changed
     */
    public static boolean markTemplates(Connect conn, Map<String, GuestSummary> guests) throws LibvirtException {
        boolean changed = false;
        for (Domain domain : conn.listAllDomains(LibvirtFlags.ListDomains.INACTIVE)) {
            GuestSummary guest = guests.get(domain.getUUIDString());
            if (guest == null || guest.state().isActive()) {
                continue;
            }
            boolean template = isTemplate(domain, guest.state());
            if (template != guest.template()) {
                guests.put(guest.uuid(), guest.withTemplate(template));
                changed = true;
            }
        }
        return changed;
    }

    /** One guest, keeping the rates it had when it is still active. */
    public static GuestSummary read(Domain domain, GuestStats previous) throws LibvirtException {
        DomainInfo info = domain.getInfo();
        GuestState state = GuestState.fromLibvirt(info.state.ordinal());
        // Only an inactive guest can hold a managed-save image worth showing ("saved").
        boolean saved = !state.isActive() && domain.hasManagedSaveImage() == 1;
        boolean autostart = domain.isPersistent() == 1 && domain.getAutostart();
        GuestStats stats = state.isActive() ? previous : GuestStats.NONE;
        return new GuestSummary(domain.getUUIDString(), domain.getName(), state, new GuestSizing(info.nrVirtCpu,
                info.maxMem), saved, autostart, stats, isTemplate(domain, state));
    }

    /**
     * Templates never run, so only a shut-off guest's definition is read for the mark: one more call
     * per inactive guest, none per running one.
     */
    private static boolean isTemplate(Domain domain, GuestState state) throws LibvirtException {
        return !state.isActive() && TemplateMark.isTemplate(domain.getXMLDesc(0));
    }

    private static Set<String> uuids(Domain[] domains) throws LibvirtException {
        Set<String> ids = new HashSet<>();
        for (Domain domain : domains) {
            ids.add(domain.getUUIDString());
        }
        return ids;
    }
}
