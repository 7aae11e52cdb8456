package dev.summit.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** New → the form → Create on the real daemon: a KVM guest from the grub-rescue ISO runs and its console opens. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewGuestFormDaemonTest {
    private final String name = "wiz-form-" + Long.toHexString(System.nanoTime());
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.ensurePool();
        store = SummitStore.inMemory();
        store.connections().add("Local", RealDaemon.URI, true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> uuid().flatMap(u -> gui.consoles().window(u)).ifPresent(w -> w.stage().close()));
        gui.close();
        engine.close();
        store.close();
        RealDaemon.removeGuest(name);
    }

    private Optional<String> uuid() {
        return RealDaemon.virshOk("domuuid", name) ? Optional.of(RealDaemon.virsh("domuuid", name).strip()) : Optional.empty();
    }

    @Test
    void createFromTheRescueIsoRunsTheGuestAndOpensItsConsole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !robot.lookup("Local").queryAll().isEmpty()));
        robot.clickOn("Local");
        robot.clickOn("#toolbar-new-vm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !robot.lookup("#create-name").queryAll().isEmpty()));
        onFx(() -> {
            robot.lookup("#create-name").queryAs(TextField.class).setText(name);
            robot.lookup("#create-iso").queryAs(TextField.class).setText(RealDaemon.RESCUE_ISO.toString());
            robot.lookup("#create-pool").queryAs(TextField.class).setText(RealDaemon.POOL);
            // The shared daemon's default network is not always running; a guest without a NIC boots the same.
            robot.lookup("#create-network").queryAs(TextField.class).setText("none");
            return null;
        });
        robot.clickOn("#create-finish");

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> RealDaemon.virshOk("domstate", name) && RealDaemon.virsh("domstate", name).strip().equals("running"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> gui.consoles().window(uuid().orElseThrow()).isPresent()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> gui.consoles().window(uuid().orElseThrow()).orElseThrow().view().isLive()));
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
