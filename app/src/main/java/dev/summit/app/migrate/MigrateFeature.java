package dev.summit.app.migrate;

import dev.summit.app.SummitServices;
import dev.summit.app.vmlist.GuestMenuAction;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.GuestTable;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.migrate.GuestsInMigration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** Guest → Migrate…, File → Evacuate Host…, and dragging guests onto another host's heading. */
public final class MigrateFeature {
    private final SummitServices services;
    private final GuestsInMigration inFlight = new GuestsInMigration();
    /** Migrations last seconds to minutes: their own threads, never a host's worker or the store's thread. */
    private final ExecutorService work = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "migration");
        thread.setDaemon(true);
        return thread;
    });

    private MigrateFeature(SummitServices services) {
        this.services = services;
    }

    public static MigrateFeature install(SummitServices services) {
        MigrateFeature feature = new MigrateFeature(services);
        services.window().addGuestAction(new GuestMenuAction("migrate", "Migrate…", "Shortcut+M",
                guests -> !guests.isEmpty() && guests.stream().allMatch(g -> !feature.destinationsFor(g.hostUri()).isEmpty()),
                guests -> guests.forEach(guest -> feature.open(guest, null))));
        services.window().addHostAction(new HostMenuAction("evacuate", "Evacuate Host…", null,
                host -> host != null && connected(host) && !feature.destinationsFor(host.uri()).isEmpty(),
                feature::openEvacuation));
        GuestTable.onGuestsDropped(services.window().tableView(),
                (guests, host) -> guests.forEach(guest -> feature.open(guest, host)));
        return feature;
    }

    /** Every other host Summit is connected to now. */
    List<HostRow> destinationsFor(String sourceUri) {
        return services.model().hosts().stream().filter(host -> !host.uri().equals(sourceUri))
                .filter(MigrateFeature::connected).toList();
    }

    private static boolean connected(HostRow host) {
        return host.statusProperty().get() instanceof HostStatus.Connected;
    }

    /** Opens the dialog for one guest; {@code destination} preselected when the guest was dropped on a host. */
    public MigrateDialog open(GuestRow guest, HostRow destination) {
        MigrateViewModel vm = new MigrateViewModel(guest.hostUri(), guest.uuid(), guest.nameProperty().get(), inFlight,
                services.tasks(), work, Platform::runLater);
        String sourceName = services.model().host(guest.hostUri()).map(h -> h.nameProperty().get()).orElse(guest.hostUri());
        MigrateDialog dialog = new MigrateDialog(vm, destinationsFor(guest.hostUri()), sourceName, services.window().stage());
        if (destination != null) {
            dialog.choose(destination);
        }
        dialog.show();
        return dialog;
    }

    public EvacuateDialog openEvacuation(HostRow host) {
        EvacuateDialog dialog = new EvacuateDialog(host, destinationsFor(host.uri()), inFlight, services.tasks(), work,
                services.window().stage());
        dialog.show();
        return dialog;
    }
}
