package dev.summit.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.guest.GuestWindow;
import dev.summit.app.guest.VncOfferBar;
import dev.summit.connectors.testing.RealDaemon;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A real guest whose only display is SPICE: the console says why it cannot show it and fixes that in one click. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SpiceGuestDaemonUiTest {
    private static final String PREFIX = "summit-test-spice-ui-";

    private final String name = PREFIX + Long.toHexString(System.nanoTime());
    private final FxRobot robot = new FxRobot();
    private final GuestWindowPage window = new GuestWindowPage(robot, name + " on Local — Summit");
    private String uuid;
    private DaemonGui daemon;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        uuid = RealDaemon.defineGuest(name, "<graphics type='spice' autoport='yes' listen='127.0.0.1'/>");
        RealDaemon.virsh("start", name);
        daemon = new DaemonGui(stage);
        gui = daemon.gui();
    }

    @AfterEach
    void stop() {
        daemon.close();
        RealDaemon.removeAllStartingWith(PREFIX);
    }

    @Test
    void aSpiceOnlyGuestIsOneClickAndOneRestartFromItsScreen() throws Exception {
        FxWindows.doubleClickUntil(robot, () -> FxWindows.awaitVisible(robot, name), "the guest's window",
                () -> window.windowCount() == 1);
        DaemonGui.awaitLong("the offer", () -> window.text(VncOfferBar.MESSAGE_ID).contains("only has a SPICE display"));
        assertThat(window.text(VncOfferBar.MESSAGE_ID)).contains("it has no SPICE client");
        FxWindows.screenshot("guest-window-spice-offer");

        robot.clickOn("#" + VncOfferBar.ADD_ID);
        DaemonGui.awaitLong("the next-boot note", () -> window.text(VncOfferBar.MESSAGE_ID).startsWith("The guest has a VNC display from its next start"));
        String definition = RealDaemon.virsh("dumpxml", "--inactive", name);
        assertThat(definition).contains("<graphics type='spice'").contains("<graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'>");
        assertThat(RealDaemon.virsh("dumpxml", name)).doesNotContain("type='vnc'");

        RealDaemon.virsh("destroy", name);
        RealDaemon.virsh("start", name);
        DaemonGui.awaitLong("the console live", () -> FxWindows.onFx(() -> console().console().session().currentProperty().get() != null
                && console().view().liveProperty().get()));
        DaemonGui.awaitLong("the notice gone", () -> window.text(VncOfferBar.MESSAGE_ID).isEmpty());
        FxWindows.screenshot("guest-window-spice-now-vnc");
    }

    private GuestWindow console() {
        return gui.guestWindows().window(uuid).orElseThrow();
    }
}
