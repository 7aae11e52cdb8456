package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.templates.TemplateStartRefused;
import dev.summit.connectors.templates.Templates;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/** Runs a {@link GuestAction} on the host's worker, then re-reads the guest so its row is true at once. */
public final class GuestActions {
    private GuestActions() {
    }

    /** Completes when done; fails with a plain-words {@code HostOperationException}. Either way the row is re-read. */
    public static CompletableFuture<Void> perform(HostSession host, GuestAction action, String uuid) {
        String name = host.inventory().guests().containsKey(uuid) ? host.inventory().guests().get(uuid).name() : uuid;
        CompletableFuture<Void> done = host.submit(action.verb(), name, conn -> {
            apply(action, conn.domainLookupByUUIDString(uuid), name);
            return null;
        });
        return done.handle((ok, failure) -> host.refreshGuest(uuid))
                .thenCompose(refreshed -> refreshed.handle((ok, ignored) -> null))
                .thenCompose(ignored -> done);
    }

    /** A template's disks are the bases its clones read: running it would write them. */
    private static void refuseTemplate(Domain domain, String name) throws LibvirtException {
        if (Templates.isTemplate(domain)) {
            throw new TemplateStartRefused(name);
        }
    }

    private static void apply(GuestAction action, Domain domain, String name) throws LibvirtException {
        switch (action) {
            case START -> {
                refuseTemplate(domain, name);
                domain.create();
            }
            case SHUTDOWN -> domain.shutdown();
            case REBOOT -> domain.reboot(0);
            case FORCE_OFF -> domain.destroy();
            case PAUSE -> domain.suspend();
            case RESUME -> domain.resume();
            case SAVE -> domain.managedSave();
            case RESTORE -> {
                if (domain.hasManagedSaveImage() != 1) {
                    throw new HostOperationException("Could not restore '" + name
                            + "': it has no saved image; start it instead.");
                }
                refuseTemplate(domain, name);
                domain.create();
            }
            case AUTOSTART_ON -> domain.setAutostart(true);
            case AUTOSTART_OFF -> domain.setAutostart(false);
        }
    }
}
