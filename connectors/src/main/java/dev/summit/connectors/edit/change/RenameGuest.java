package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.Effect;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.jna.DomainTuning;
import dev.summit.connectors.ops.GuestNames;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Renames a shut-off guest with libvirt's own rename, which moves its definition, NVRAM and
 * snapshots' references together. Not a {@link dev.summit.connectors.edit.GuestEdit}: the name is how
 * libvirt finds a definition, so defining the guest under a new name would make a second guest.
 * Refused, with nothing changed, for a running guest, a name already in use or a name Summit's
 * rules ({@link GuestNames}) refuse.
 */
public final class RenameGuest {
    private RenameGuest() {
    }

    /** Renames on the host's worker; fails with {@link EditRefused} or libvirt's reason. */
    public static CompletableFuture<EditOutcome> apply(HostSession host, String uuid, String newName) {
        var guest = host.inventory().guests().get(uuid);
        String oldName = guest == null ? uuid : guest.name();
        CompletableFuture<EditOutcome> done = host.submit("rename to " + newName, oldName,
                conn -> rename(conn, uuid, newName));
        return done.handle((ok, failure) -> host.refreshGuest(uuid))
                .thenCompose(refreshed -> refreshed.handle((ok, ignored) -> null))
                .thenCompose(ignored -> done);
    }

    /** The same, on the thread that owns {@code conn}, which must be a {@code StatsConnect}. */
    public static EditOutcome rename(Connect conn, String uuid, String newName) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        String oldName = domain.getName();
        String what = "rename " + oldName + " to " + newName;
        GuestNames.problem(newName).ifPresent(problem -> {
            throw new EditRefused("Could not " + what + ": " + problem);
        });
        if (newName.equals(oldName)) {
            throw new EditRefused("The guest is already called " + oldName + ".");
        }
        if (domain.isActive() == 1) {
            throw new EditRefused(oldName + " is running; a guest can only be renamed while it is shut off.");
        }
        if (GuestNames.inUse(conn, newName)) {
            throw new EditRefused("Another guest on this host is already called " + newName + ".");
        }
        DomainTuning.rename(conn, uuid, newName);
        return new EditOutcome(what, Effect.NOW_AND_NEXT_BOOT);
    }
}
