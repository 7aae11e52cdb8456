package dev.summit.app.ui;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.stage.Stage;

/** Summit's window on the machine's real libvirtd as "Local", for UI tests of real guests; closes what it opened. */
final class DaemonGui implements AutoCloseable {
    private final SummitStore store = SummitStore.inMemory();
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT);
    private final SummitGui gui;

    DaemonGui(Stage stage) {
        store.connections().add("Local", RealDaemon.URI, true);
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    SummitGui gui() {
        return gui;
    }

    @Override
    public void close() {
        gui.close();
        engine.close();
        store.close();
    }

    /** Real guests boot and libvirt answers at the pace of a busy machine: a minute, not ten seconds. */
    static void awaitLong(String what, Callable<Boolean> condition) {
        FxWindows.await(what, Duration.ofMinutes(2), condition);
    }
}
