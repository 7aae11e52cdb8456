package dev.summit.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.console.ConsolePane;
import dev.summit.app.store.SummitStore;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.console.fx.ConsoleView;
import dev.summit.console.fx.ScaleMode;
import dev.summit.console.rfb.image.Screenshot;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console window on a real KVM guest: double-click shows the GRUB screen; shutting the guest
 * off says so over a greyed frame instead of freezing on it; starting it again brings the screen
 * back by itself; pausing says "Paused".
 */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowDaemonTest {
    /** Generous: guests run under TCG on a shared, loaded machine; only a hang should fail a wait. */
    private static final Duration LONG = Duration.ofMinutes(2);
    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;
    /** Read once when defined: virsh on the FX thread would stall it, and fails once the guest is gone. */
    private String uuid;

    @Start
    void start(Stage stage) throws Exception {
        // GRUB reads no keys from QEMU's PS/2 keyboard on these (nested KVM) machines; a USB one works.
        uuid = RealDaemon.defineGuest(name, "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"
                + "<input type='keyboard' bus='usb'/>");
        RealDaemon.virsh("start", name);
        store = SummitStore.inMemory();
        store.connections().add("Local", RealDaemon.URI, true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            FxWindows.closeSummit(uuid, gui, engine, store);
        } finally {
            RealDaemon.removeGuest(name);
        }
    }


    @Test
    void theConsoleFollowsTheGuestThroughShutOffStartAndPause(FxRobot robot) throws Exception {
        openWindow(robot);
        ConsoleView view = onFx(() -> gui.guestWindows().window(uuid).orElseThrow().view());

        // SeaBIOS, then GRUB: text on a dark screen, so more than one colour, and the screen is live.
        FxWindows.await("a live screen with text on it", LONG, () -> onFx(view::isLive) && colours(view) >= 2);
        assertThat(onFx(view::getStatusText)).isEmpty();
        assertThat(onFx(() -> statusLine(robot).getText())).startsWith("libvirt descriptor · ");

        RealDaemon.virsh("destroy", name);
        FxWindows.await("\"Guest is shut off\"", LONG, () -> "Guest is shut off".equals(onFx(view::getStatusText)));
        assertThat(onFx(view::isLive)).as("the last frame must not look live").isFalse();

        RealDaemon.virsh("start", name);
        FxWindows.await("the screen live again", LONG, () -> onFx(view::isLive));
        assertThat(onFx(view::getStatusText)).isEmpty();

        RealDaemon.virsh("suspend", name);
        FxWindows.await("\"Paused\"", LONG, () -> "Paused".equals(onFx(view::getStatusText)));
        RealDaemon.virsh("resume", name);
        FxWindows.await("the status cleared on resume", LONG, () -> onFx(view::getStatusText).isEmpty());

        // A reset (a reboot as the guest sees it) keeps QEMU and its display: the screen stays live
        // while GRUB's menu goes (SeaBIOS again) and comes back, all over the same connection.
        FxWindows.await("GRUB's menu in the console", LONG, () -> showsGrubMenu(view));
        RealDaemon.virsh("reset", name);
        FxWindows.await("the reset on the screen (GRUB's menu gone)", LONG, () -> !showsGrubMenu(view));
        assertThat(onFx(view::isLive)).isTrue();
        assertThat(onFx(view::getStatusText)).isEmpty();
        FxWindows.await("GRUB's menu back after the reset", LONG, () -> showsGrubMenu(view));
        assertThat(onFx(view::isLive)).isTrue();

        // The scaling chosen last is the one the next console opens with.
        robot.clickOn("#" + ConsolePane.ONE_TO_ONE_ID);
        assertThat(onFx(view::getScaleMode)).isEqualTo(ScaleMode.ONE_TO_ONE);
        WaitForAsyncUtils.asyncFx(() -> gui.guestWindows().window(uuid).orElseThrow().stage().close()).get(30, TimeUnit.SECONDS);
        openWindow(robot);
        assertThat(onFx(() -> gui.guestWindows().window(uuid).orElseThrow().view().getScaleMode())).isEqualTo(ScaleMode.ONE_TO_ONE);
    }

    /**
     * Types through the window into GRUB: Esc (back to the menu from wherever GRUB is: its prompt,
     * "press any key" after the menu timed out), c (command line), then "halt" and Enter. Only the
     * right letters shut the guest off, so its state proves what arrived; the screen must also
     * show the typed text before Enter.
     */
    @Test
    void typingHaltAtGrubsPromptThroughTheConsoleShutsTheGuestOff(FxRobot robot) throws Exception {
        openWindow(robot);
        ConsoleView view = onFx(() -> gui.guestWindows().window(uuid).orElseThrow().view());
        FxWindows.await("GRUB's menu in the console", LONG, () -> onFx(view::isLive) && showsGrubMenu(view));
        robot.clickOn(view);
        assertThat(onFx(view::isGrabbed)).as("a click grabs the keyboard").isTrue();

        // Each key waits for what GRUB shows in answer; a round whose answer does not come (GRUB
        // busy with its menu's timeout) just goes round again.
        boolean typedTextShowed = false;
        for (int round = 0; round < 8 && !"Guest is shut off".equals(onFx(view::getStatusText)); round++) {
            robot.type(KeyCode.ESCAPE);
            holdsWithin(Duration.ofSeconds(5), () -> showsGrubMenu(view));
            robot.type(KeyCode.C);
            holdsWithin(Duration.ofSeconds(5), () -> !showsGrubMenu(view));
            int[] before = pixels(view);
            robot.type(KeyCode.H, KeyCode.A, KeyCode.L, KeyCode.T);
            typedTextShowed |= holdsWithin(Duration.ofSeconds(5), () -> !Arrays.equals(before, pixels(view)));
            robot.type(KeyCode.ENTER);
            holdsWithin(Duration.ofSeconds(6), () -> "Guest is shut off".equals(onFx(view::getStatusText)));
        }

        assertThat(onFx(view::getStatusText)).isEqualTo("Guest is shut off");
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("shut off");
        assertThat(typedTextShowed).as("the typed letters appeared on the screen").isTrue();
    }

    private static int[] pixels(ConsoleView view) throws Exception {
        return onFx(view::screenshot).map(Screenshot::argb).orElse(new int[0]);
    }

    /**
     * Double-clicks the guest's row until its window shows. The list shows every guest on the shared
     * daemon, and others' guests coming and going move the rows: a double-click can land on a row
     * that has just moved (seen under load).
     */
    private void openWindow(FxRobot robot) throws Exception {
        FxWindows.doubleClickUntil(robot, () -> FxWindows.awaitVisible(robot, name), "the guest's window",
                () -> onFx(() -> gui.guestWindows().window(uuid).isPresent()));
    }

    /** Whether {@code condition} comes to hold within {@code timeout}: for a step that may be retried. */
    private static boolean holdsWithin(Duration timeout, Callable<Boolean> condition) throws InterruptedException {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition);
            return true;
        } catch (java.util.concurrent.TimeoutException notYet) {
            return false;
        }
    }

    private static boolean showsGrubMenu(ConsoleView view) throws Exception {
        Optional<Screenshot> shot = onFx(view::screenshot);
        return shot.isPresent() && GuestScreen.showsGrubMenu(shot.get().argb(), shot.get().width(), shot.get().height());
    }

    private static Label statusLine(FxRobot robot) {
        return robot.lookup("#" + ConsolePane.STATUS_LINE_ID).queryAs(Label.class);
    }

    private static long colours(ConsoleView view) throws Exception {
        Optional<Screenshot> shot = onFx(view::screenshot);
        return shot.map(s -> Arrays.stream(s.argb(), 0, s.width() * s.height()).distinct().count()).orElse(0L);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
