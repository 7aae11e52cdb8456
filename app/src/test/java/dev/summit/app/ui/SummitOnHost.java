package dev.summit.app.ui;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.time.Duration;
import java.util.Optional;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real Summit window on one saved host, as the dialog and window tests start it: an in-memory
 * store with that connection, an engine without the statistics timer, the window shown.
 */
public final class SummitOnHost implements AutoCloseable {
    private final SummitStore store;
    private final HostEngine engine;
    private final SummitGui gui;

    private SummitOnHost(SummitStore store, HostEngine engine, SummitGui gui) {
        this.store = store;
        this.engine = engine;
        this.gui = gui;
    }

    /** Call from a TestFX {@code @Start} method. */
    public static SummitOnHost show(Stage stage, String connectionName, String uri) throws Exception {
        SummitStore store = SummitStore.inMemory();
        store.connections().add(connectionName, uri, true);
        HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        SummitGui gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
        return new SummitOnHost(store, engine, gui);
    }

    public SummitGui gui() {
        return gui;
    }

    public SummitStore store() {
        return store;
    }

    @Override
    public void close() {
        WaitForAsyncUtils.asyncFx(gui::close);
        engine.close();
        store.close();
    }
}
