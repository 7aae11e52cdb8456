package dev.summit.app.backup;

import dev.summit.app.SummitServices;
import dev.summit.app.guest.GuestWindows;
import dev.summit.app.vmlist.GuestMenuAction;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.backup.BackupJournal;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import javafx.application.Platform;
import javafx.stage.Window;

/** Guest → Backup… (list, context menu, guest window) and File → Restore Backup…. */
public final class BackupFeature {
    public static final String BACKUP_ACTION_ID = "backup";
    public static final String WINDOW_BACKUP_ID = "guest-window-backup";
    public static final String RESTORE_ACTION_ID = "restore-backup";

    private final SummitServices services;

    private BackupFeature(SummitServices services) {
        this.services = services;
    }

    public static BackupFeature install(SummitServices services) {
        BackupFeature feature = new BackupFeature(services);
        services.window().addGuestAction(new GuestMenuAction(BACKUP_ACTION_ID, "Backup…", null,
                guests -> guests.size() == 1, guests -> feature.openBackup(guests.get(0), services.window().stage())));
        services.guestWindows().addAction(new GuestWindows.WindowAction(WINDOW_BACKUP_ID, "Backup…",
                guest -> feature.openBackup(guest, services.guestWindows().window(guest.uuid())
                        .map(w -> (Window) w.stage()).orElse(services.window().stage()))));
        services.window().addHostAction(new HostMenuAction(RESTORE_ACTION_ID, "Restore Backup…", null, host -> true,
                feature::openRestore));
        return feature;
    }

    public BackupDialog openBackup(GuestRow guest, Window owner) {
        BackupJournal journal = services.store().file().map(db -> BackupJournal.in(db.getParent()))
                .orElse(BackupJournal.none());
        BackupViewModel model = new BackupViewModel(guest.hostUri(), guest.uuid(), guest.nameProperty().get(),
                services.tasks(), services.background(), Platform::runLater, journal);
        BackupDialog dialog = new BackupDialog(model, owner);
        dialog.show();
        model.inspectDisks(guest.stateProperty().get() != null && guest.stateProperty().get().isActive());
        return dialog;
    }

    public RestoreDialog openRestore(HostRow host) {
        RestoreViewModel model = new RestoreViewModel(host.uri(), services.tasks(), services.background(), Platform::runLater);
        RestoreDialog dialog = new RestoreDialog(model, services.window().stage());
        services.engine().session(host.uri()).ifPresent(session -> StoragePools.list(session)
                .thenAccept(pools -> Platform.runLater(() -> dialog.offerPools(
                        pools.stream().filter(PoolSummary::active).map(PoolSummary::name).toList()))));
        dialog.show();
        return dialog;
    }
}
