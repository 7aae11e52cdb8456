package dev.summit.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
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

/** The window on the real libvirtd: a guest changed with virsh behind our back shows within 1 s. */
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
                .map(GuestRow::stateProperty).map(p -> p.get()).orElse(null)).get(5, TimeUnit.SECONDS);
    }

    private long millisUntil(GuestState state) throws Exception {
        long started = System.nanoTime();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowState() == state);
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void aGuestPausedAndResumedWithVirshFollowsInTheWindowWithinOneSecond() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowState() == GuestState.RUNNING);

        RealDaemon.virsh("suspend", name);
        assertThat(millisUntil(GuestState.PAUSED)).as("ms until the row shows Paused").isLessThan(1000);
        RealDaemon.virsh("resume", name);
        assertThat(millisUntil(GuestState.RUNNING)).as("ms until the row shows Running").isLessThan(1000);
        RealDaemon.virsh("destroy", name);
        assertThat(millisUntil(GuestState.SHUT_OFF)).as("ms until the row shows Shut off").isLessThan(1000);
    }
}
