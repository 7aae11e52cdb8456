package dev.summit.app.daemon;


import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.app.ui.FxWindows;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the real libvirtd: a guest changed with virsh behind our back shows in its row. With
 * statistics off nothing polls, so only libvirt's events can move the row; the generous limit only
 * catches an event that never arrives (how fast events travel is no figure for a test on a shared machine).
 */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowFollowsDaemonTest {
    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.defineGuest(name);
        RealDaemon.virsh("start", name);
        store = SummitStore.inMemory();
        store.connections().add("Local", RealDaemon.URI, true);
        // Statistics off: only libvirt's events can move the row.
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        gui.close();
        engine.close();
        store.close();
        RealDaemon.removeGuest(name);
    }

    private GuestState rowState() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> gui.model().host(RealDaemon.URI).map(HostRow::guests)
                .flatMap(rows -> rows.stream().filter(r -> r.toString().equals(name)).findFirst())
                .map(GuestRow::stateProperty).map(p -> p.get()).orElse(null)).get(30, TimeUnit.SECONDS);
    }

    private void awaitRow(GuestState state) {
        FxWindows.await("the row to show " + state, Duration.ofSeconds(30), () -> rowState() == state);
    }

    @Test
    void aGuestPausedAndResumedWithVirshFollowsInTheWindow() throws Exception {
        awaitRow(GuestState.RUNNING);

        RealDaemon.virsh("suspend", name);
        awaitRow(GuestState.PAUSED);
        RealDaemon.virsh("resume", name);
        awaitRow(GuestState.RUNNING);
        RealDaemon.virsh("destroy", name);
        awaitRow(GuestState.SHUT_OFF);
    }
}
