package dev.summit.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.app.ui.FxWindows;
import dev.summit.app.ui.SummitOnHost;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.connectors.backup.BackupGuest;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
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

/**
 * Backup… on a running grub-rescue guest from the list's context menu: a folder that is not there
 * is refused in the dialog, then a full and an incremental backup; the guest window offers the same
 * dialog; File → Restore Backup… lists both and restores the newest as a new guest.
 */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BackupDialogDaemonTest {
    private final String name = "summit-test-backups-ui-" + Long.toHexString(System.nanoTime());
    private SummitOnHost summit;
    private SummitGui gui;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.defineGuest(name);
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1", RealDaemon.POOL_DIR.resolve(name + ".qcow2").toString());
        RealDaemon.virsh("start", name);
        folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-test-backups-ui-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        summit = SummitOnHost.show(stage, "local", RealDaemon.URI);
        gui = summit.gui();
    }

    @AfterEach
    void stop() {
        if (summit != null) {
            summit.close();
        }
        BackupGuest.removeAll(name);
        RealDaemon.run("rm", "-rf", folder.toString());
    }

    @Test
    void backUpFullThenIncrementalAndRestoreAsANewGuest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> row() != null && row().stateProperty().get().isActive()));
        // Select first: a right-click that lands before the row is selected opens a menu for no guest.
        robot.clickOn(name).rightClickOn(name);
        FxWindows.screenshot("backup-context-menu");
        robot.clickOn("Backup…");
        Node dialog = window(robot, "Back up " + name);

        type(dialog, "#" + BackupDialog.FOLDER_ID, folder.resolve("missing").toString());
        robot.clickOn(dialog.lookup("#" + BackupDialog.START_ID));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(dialog, BackupDialog.MESSAGE_ID).contains("does not exist"));
        assertThat(RealDaemon.virsh("checkpoint-list", name, "--name").strip()).isEmpty();

        type(dialog, "#" + BackupDialog.FOLDER_ID, folder.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(dialog, BackupDialog.REPORT_ID).startsWith("0 backups of " + name));
        robot.clickOn(dialog.lookup("#" + BackupDialog.START_ID));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(dialog, BackupDialog.MESSAGE_ID).endsWith("."));
        assertThat(text(dialog, BackupDialog.MESSAGE_ID)).startsWith("Backed up " + name + " into ").endsWith("(full).");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(dialog, BackupDialog.REPORT_ID).startsWith("1 backup of"));
        FxWindows.screenshot("backup-dialog-full-light");

        robot.clickOn(dialog.lookup("#" + BackupDialog.INCREMENTAL_ID));
        robot.clickOn(dialog.lookup("#" + BackupDialog.START_ID));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(dialog, BackupDialog.MESSAGE_ID).endsWith("(incremental)."));
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("backup-dialog-incremental-dark");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.LIGHT));
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        robot.clickOn("Close");

        robot.clickOn("local").clickOn("File").clickOn("Restore Backup…");
        Node restore = window(robot, "Restore Backup");
        type(restore, "#" + RestoreDialog.FOLDER_ID, folder.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() ->
                ((ListView<?>) restore.lookup("#" + RestoreDialog.LIST_ID)).getItems().size() == 2));
        assertThat(FxWindows.onFx(() -> ((TextField) restore.lookup("#" + RestoreDialog.NAME_ID)).getText()))
                .isEqualTo(name + "-restored");
        FxWindows.onFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> pool = (javafx.scene.control.ComboBox<String>) restore.lookup("#" + RestoreDialog.POOL_ID);
            pool.setValue(RealDaemon.POOL);
            return null;
        });
        FxWindows.screenshot("restore-dialog-daemon-light");
        robot.clickOn(restore.lookup("#" + RestoreDialog.START_ID));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(restore, RestoreDialog.MESSAGE_ID).endsWith("."));
        assertThat(text(restore, RestoreDialog.MESSAGE_ID)).isEqualTo("Restored as the new guest " + name + "-restored.");
        assertThat(RealDaemon.virsh("domstate", name + "-restored").strip()).isEqualTo("shut off");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("restore-dialog-daemon-dark");
        assertThat(FxWindows.onFx(() -> ((RadioButton) restore.lookup("#" + RestoreDialog.IN_PLACE_ID)).isVisible())).isTrue();
        FxWindows.onFx(() -> {
            ((Stage) restore.getScene().getWindow()).close();
            return null;
        });

        // The guest window has the same action.
        robot.doubleClickOn(name);
        Node window = window(robot, name + " on local — Summit");
        robot.clickOn(window.lookup("#" + BackupFeature.WINDOW_BACKUP_ID));
        Node again = window(robot, "Back up " + name);
        assertThat(again).isNotNull();
        FxWindows.onFx(() -> {
            ((Stage) again.getScene().getWindow()).close();
            gui.guestWindows().window(row().uuid()).ifPresent(w -> w.stage().close());
            return null;
        });

    }

    /** The window once it shows; patient, because on this shared 2-core machine the FX thread can lag for seconds. */
    private static Node window(FxRobot robot, String title) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return FxWindows.awaitWindow(robot, title);
            } catch (Exception | AssertionError e) {
                if (attempt == 6) {
                    throw e;
                }
            }
        }
    }

    private GuestRow row() {
        return gui.services().model().host(RealDaemon.URI)
                .flatMap(h -> h.guests().stream().filter(g -> g.nameProperty().get().equals(name)).findFirst()).orElse(null);
    }

    private static void type(Node root, String id, String text) {
        FxWindows.onFx(() -> {
            ((TextField) root.lookup(id)).setText(text);
            return null;
        });
    }

    private static String text(Node root, String id) {
        return FxWindows.onFx(() -> ((Label) root.lookup("#" + id)).getText());
    }
}
