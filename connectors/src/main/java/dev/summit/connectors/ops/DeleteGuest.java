package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Deletes a guest: its definition, its saved image and snapshot metadata, and — when asked — the
 * disks that are its own ({@link DiskOwnership}). The definition goes first and is put back if
 * stopping the guest then fails, so a failure leaves the guest as it was; volumes go last.
 */
public final class DeleteGuest {
    /** What was deleted and what was left, for the message after the fact. */
    public record Outcome(String guestName, List<String> deletedVolumes, List<DiskDecision> kept,
                          List<String> failures) {
    }

    private DeleteGuest() {
    }

    /** The precheck: every disk with what will happen to it. Nothing is changed. */
    public static CompletableFuture<List<DiskDecision>> plan(HostSession host, String uuid) {
        return host.submit("inspect", host.inventory().guests().get(uuid) == null ? uuid
                : host.inventory().guests().get(uuid).name(), conn -> decide(conn, uuid));
    }

    public static CompletableFuture<Outcome> run(HostSession host, String uuid, boolean removeOwnDisks) {
        String name = host.inventory().guests().get(uuid) == null ? uuid : host.inventory().guests().get(uuid).name();
        return host.submit("delete", name, conn -> delete(conn, uuid, removeOwnDisks))
                .thenCompose(outcome -> host.refreshGuest(uuid).thenApply(x -> outcome));
    }

    private static Outcome delete(Connect conn, String uuid, boolean removeOwnDisks) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        String name = domain.getName();
        if (Templates.isTemplate(domain)) {
            List<String> clones = Templates.dependents(conn, uuid, DomainDisks.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE))
                    .stream().filter(d -> "disk".equals(d.device()) && !d.readOnly()).map(DomainDisk::source).toList());
            if (!clones.isEmpty()) {
                throw new HostOperationException("'" + name + "' is the template of " + String.join(", ", clones)
                        + ", whose disks are built on its own; delete " + (clones.size() == 1 ? "that clone" : "those clones")
                        + " first.");
            }
        }
        List<DiskDecision> decisions = decide(conn, uuid);
        boolean persistent = domain.isPersistent() == 1;
        // Read before the undefine: a shut-off guest no longer exists after it, so asking then fails.
        boolean active = domain.isActive() == 1;
        String definition = persistent ? domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE) : null;
        if (persistent) {
            // The managed save image and snapshot metadata go with the guest; the UEFI variable store too,
            // asked for only when there is one (not every driver knows the flag).
            int flags = LibvirtFlags.Undefine.MANAGED_SAVE | LibvirtFlags.Undefine.SNAPSHOTS_METADATA;
            domain.undefine(hasOwnVariables(definition) ? flags | LibvirtFlags.Undefine.NVRAM : flags);
        }
        if (active) {
            try {
                domain.destroy();
            } catch (LibvirtException e) {
                if (definition != null) {
                    conn.domainDefineXML(definition);
                }
                throw e;
            }
        }
        List<String> deleted = new ArrayList<>();
        List<DiskDecision> kept = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (DiskDecision decision : decisions) {
            if (!removeOwnDisks || !decision.remove()) {
                kept.add(decision);
                continue;
            }
            try {
                volumeOf(conn, decision.source()).delete(0);
                deleted.add(decision.source());
            } catch (LibvirtException e) {
                failures.add(decision.source() + ": " + LibvirtFailure.reason(e));
            }
        }
        return new Outcome(name, deleted, kept, failures);
    }

    private static List<DiskDecision> decide(Connect conn, String uuid) throws LibvirtException {
        List<DomainDisk> own = List.of();
        Map<String, List<DomainDisk>> others = new HashMap<>();
        for (Domain domain : conn.listAllDomains(0)) {
            List<DomainDisk> disks = DomainDisks.parse(domain.getXMLDesc(0));
            if (domain.getUUIDString().equals(uuid)) {
                own = disks;
            } else {
                others.put(domain.getName(), disks);
            }
        }
        return DiskOwnership.decide(own, others);
    }

    /** The storage volume of a disk's source: a path, or "pool/volume" as {@code DomainDisk} writes a reference. */
    public static StorageVol volumeOf(Connect conn, String source) throws LibvirtException {
        if (source.startsWith("/")) {
            return conn.storageVolLookupByPath(source);
        }
        int slash = source.indexOf('/');
        return conn.storagePoolLookupByName(source.substring(0, slash)).storageVolLookupByName(source.substring(slash + 1));
    }

    /**
     * A UEFI guest has a file of firmware variables that is its own; libvirt refuses to undefine it
     * without leave to delete that file. With firmware auto-selection ({@code <os firmware='efi'>})
     * the inactive definition names no {@code <nvram>}, yet the file exists.
     */
    static boolean hasOwnVariables(String definition) {
        return definition.contains("<nvram") || definition.matches("(?s).*<os[^>]*firmware=['\"]efi['\"].*");
    }
}
