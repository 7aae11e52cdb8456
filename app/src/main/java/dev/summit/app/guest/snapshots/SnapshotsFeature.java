package dev.summit.app.guest.snapshots;

import dev.summit.app.SummitServices;
import dev.summit.app.store.SummitStore;
import dev.summit.app.vmlist.GuestMenuAction;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.backup.BackupJournal;
import dev.summit.connectors.backup.BackupLeftovers;
import dev.summit.connectors.snapshots.SnapshotLeftovers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

/**
 * Guest → Snapshots… in the main list, and the check each host gets when it connects: what an
 * interrupted revert, merge or backup left behind is reported in the main window's message bar.
 */
public final class SnapshotsFeature {
    private final SummitServices services;
    private final SnapshotFolder folder;

    private SnapshotsFeature(SummitServices services, SnapshotFolder folder) {
        this.services = services;
        this.folder = folder;
    }

    /** Beside the database; a window on an in-memory store (tests, the demo) gets a folder of its own. */
    public static SnapshotFolder folder(SummitStore store) {
        return new SnapshotFolder(store.file().map(Path::getParent).orElseGet(() -> {
            try {
                return Files.createTempDirectory("summit-snapshots");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    public static SnapshotsFeature install(SummitServices services, SnapshotFolder folder) {
        SnapshotsFeature feature = new SnapshotsFeature(services, folder);
        services.window().addGuestAction(new GuestMenuAction("snapshots", "Snapshots…", null,
                guests -> guests.size() == 1,
                guests -> services.guestWindows().open(guests.get(0)).showSnapshots()));
        services.model().hosts().forEach(feature::watch);
        services.model().hosts().addListener((ListChangeListener<HostRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(feature::watch);
            }
        });
        return feature;
    }

    private void watch(HostRow host) {
        if (host.statusProperty().get() instanceof HostStatus.Connected) {
            check(host);
        }
        host.statusProperty().addListener((obs, was, now) -> {
            if (now instanceof HostStatus.Connected && !(was instanceof HostStatus.Connected)) {
                check(host);
            }
        });
    }

    private void check(HostRow host) {
        services.engine().session(host.uri()).ifPresent(session -> {
            report(SnapshotLeftovers.check(session, folder.journal()));
            report(BackupLeftovers.check(session, BackupJournal.in(folder.dataFolder())));
        });
    }

    private void report(CompletableFuture<List<String>> found) {
        found.thenAccept(lines -> Platform.runLater(() -> lines.forEach(services.window()::report)));
    }
}
