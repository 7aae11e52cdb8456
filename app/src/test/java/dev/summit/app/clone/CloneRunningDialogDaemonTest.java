package dev.summit.app.clone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.app.ui.SummitOnHost;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Guest → Clone… of a running guest: refused until the pause is allowed, then made with the disk's own choice, and the guest runs on. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CloneRunningDialogDaemonTest {
    private final String source = "clr-ui-" + Long.toHexString(System.nanoTime());
    private SummitOnHost summit;
    private SummitStore store;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.defineGuest(source);
        RealDaemon.virsh("start", source);
        summit = SummitOnHost.show(stage, "local", RealDaemon.URI);
        store = summit.store();
        gui = summit.gui();
    }

    @AfterEach
    void stop() {
        summit.close();
        RealDaemon.removeAllStartingWith(source);
    }

    @Test
    void aRunningGuestIsClonedOnceThePauseIsAllowedAndKeepsRunning(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> gui.services().model().host(RealDaemon.URI)
                .map(h -> h.guests().stream().anyMatch(g -> g.nameProperty().get().equals(source)
                        && g.stateProperty().get().isActive())).orElse(false)));
        robot.rightClickOn(source).clickOn(FxWindows.awaitVisible(robot, "Clone…"));
        Node dialog = FxWindows.awaitWindow(robot, "Clone " + source);
        assertThat(FxWindows.onFx(() -> dialog.lookup("#clone-pause").isVisible())).as("the pause is offered for a running guest").isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> dialog.lookup("#clone-disk-vda") != null));

        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).contains("is running; let Summit pause it"));
        assertThat(RealDaemon.virshOk("domstate", source + "-clone")).isFalse();

        FxWindows.onFx(() -> {
            ((CheckBox) dialog.lookup("#clone-pause")).setSelected(true);
            @SuppressWarnings("unchecked")
            ChoiceBox<CloneMode> vda = (ChoiceBox<CloneMode>) dialog.lookup("#clone-disk-vda");
            vda.setValue(CloneMode.FULL);
            return null;
        });
        FxWindows.screenshot("clone-running-dialog");
        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).startsWith("Made "));
        FxWindows.screenshot("clone-running-done");

        assertThat(message(dialog)).isEqualTo("Made " + source + "-clone.");
        assertThat(RealDaemon.virsh("domstate", source).strip()).as("resumed").isEqualTo("running");
        assertThat(RealDaemon.run("qemu-img", "info", "-U", RealDaemon.POOL_DIR.resolve(source + "-clone-vda.qcow2").toString()))
                .as("vda chosen full: a whole copy").doesNotContain("backing file");
        assertThat(RealDaemon.virsh("domblklist", source)).contains(RealDaemon.POOL_DIR.resolve(source + ".qcow2").toString());
    }

    private static String message(Node dialog) {
        return FxWindows.onFx(() -> ((Label) dialog.lookup("#clone-message")).getText());
    }
}
