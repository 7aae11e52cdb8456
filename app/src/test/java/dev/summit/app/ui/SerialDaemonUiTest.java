package dev.summit.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.guest.serial.SerialPane;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TinyLinuxGuest;
import java.util.concurrent.TimeUnit;
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

/** The Serial tab on the tiny Linux guest's shell (ttyS0), typed at through the window as a user would. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SerialDaemonUiTest {
    private static final String PREFIX = "summit-test-serial-ui-";

    private final String name = PREFIX + Long.toHexString(System.nanoTime());
    private final FxRobot robot = new FxRobot();
    private final GuestWindowPage window = new GuestWindowPage(robot, name + " on Local — Summit");
    private DaemonGui daemon;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        TinyLinuxGuest.define(name);
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
    void theSerialTabRunsACommandInTheGuestsShell() throws Exception {
        FxWindows.doubleClickUntil(robot, () -> FxWindows.awaitVisible(robot, name), "the guest's window",
                () -> window.windowCount() == 1);
        GuestWindowPage.await("the Serial tab", () -> window.tabs().contains("Serial"));
        assertThat(window.tabs()).containsExactly("Console", "Details", "Snapshots", "Serial");
        window.openTab("Serial");
        DaemonGui.awaitLong("attached", () -> window.text(SerialPane.STATUS_ID).startsWith("Connected to the serial port."));

        robot.clickOn("#" + SerialPane.TERMINAL_ID);
        DaemonGui.awaitLong("the shell's prompt", () -> {
            robot.type(KeyCode.ENTER);
            return screen().contains("# ");
        });
        robot.write("echo summit-$((6*7))-serial");
        robot.type(KeyCode.ENTER);
        DaemonGui.awaitLong("the command's output", () -> screen().lines().anyMatch(line -> line.strip().equals("summit-42-serial")));
        FxWindows.screenshot("guest-window-serial-light");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        FxWindows.screenshot("guest-window-serial-dark");

        // The guest stops: the tab says so, and attaches again by itself when it starts.
        RealDaemon.virsh("destroy", name);
        DaemonGui.awaitLong("the stop noticed", () -> window.text(SerialPane.STATUS_ID).startsWith("The guest is not running"));
        RealDaemon.virsh("start", name);
        DaemonGui.awaitLong("attached again", () -> window.text(SerialPane.STATUS_ID).startsWith("Connected to the serial port."));
        // The stream may end before the news that the guest stopped arrives: either line says where the break was.
        assertThat(screen() + scrollback()).containsAnyOf("[the guest stopped]", "[the console closed]");
    }

    private String screen() {
        return FxWindows.onFx(() -> serial().screenText());
    }

    private String scrollback() {
        return FxWindows.onFx(() -> serial().historyText());
    }

    private SerialPane serial() {
        return gui.guestWindows().window(RealDaemon.virsh("domuuid", name).strip()).orElseThrow().serial();
    }

}
