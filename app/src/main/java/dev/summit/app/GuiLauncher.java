package dev.summit.app;

import dev.summit.app.hosts.FirstStart;
import dev.summit.app.store.OpenedStore;
import dev.summit.app.store.SavedConnection;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.ConnectionUri;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the window: opens the store, shows the window, and only then connects to hosts, so the
 * window appears before any host is asked anything. Returns when the window is closed.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** @param connectUri show only this host, unsaved; null for the saved connections */
    public static int run(String connectUri, EngineSettings settings) throws InterruptedException {
        StoreLocation location = StoreLocation.forCurrentUser();
        OpenedStore opened = SummitStore.open(location);
        SummitStore store = opened.store();
        // Operations still "running" in the history were cut off when Summit last stopped.
        store.history().closeUnfinished(Instant.now(), "Summit stopped while this ran");
        List<SavedConnection> saved = List.of();
        if (connectUri == null) {
            FirstStart.seedIfEmpty(store.connections(), location.directory());
            saved = store.connections().list();
        }
        List<SavedConnection> toShow = saved;
        HostEngine engine = new HostEngine(settings);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            SummitGui gui = SummitGui.show(stage, store, engine, opened.problem());
            Platform.runLater(() -> {
                if (connectUri != null) {
                    gui.hosts().showUnsaved(connectUri, ConnectionUri.parse(connectUri).suggestedName());
                } else {
                    gui.hosts().show(toShow);
                }
            });
        });
        closed.await();
        Platform.exit();
        // A host that stopped answering can hold its worker in a native call; give the orderly
        // close a moment, then leave anyway (the workers are daemon threads).
        Thread closer = new Thread(engine::close, "summit-shutdown");
        closer.setDaemon(true);
        closer.start();
        closer.join(2000);
        store.close();
        return 0;
    }
}
