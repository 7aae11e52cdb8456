package dev.summit.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.backup.BackupJournal;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Backup and Restore dialogs for a guest on another machine: the folder field names that host
 * instead of offering this machine's folders, and a relative path is refused at once (nothing is
 * asked of the host, which here is a documentation address never reached).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RemoteFolderFieldUiTest {
    private static final String HOST = "203.0.113.9";
    private static final String URI = "qemu+ssh://root@" + HOST + "/system";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private HostEngine engine;
    private SummitStore store;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("data"))).store();
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> gui.close());
        engine.close();
        store.close();
    }

    @Test
    void theFolderFieldTakesAPathOnTheOtherHost() throws Exception {
        FxWindows.onFx(() -> {
            BackupViewModel model = new BackupViewModel(URI, "7b3c0de0-3333-4000-8000-000000000001", "fuji",
                    gui.services().tasks(), gui.services().background(), Platform::runLater, BackupJournal.none());
            new BackupDialog(model, gui.services().window().stage()).show();
            return null;
        });
        Node backup = FxWindows.awaitWindow(robot, "Back up fuji");
        assertThat(text(backup, FolderField.HOST_NOTE_ID)).isEqualTo("on " + HOST);
        assertThat(FxWindows.onFx(() -> backup.lookupAll(".button").stream()
                .noneMatch(b -> b instanceof Button button && "Choose…".equals(button.getText())))).isTrue();
        TextField field = FxWindows.onFx(() -> (TextField) backup.lookup("#" + BackupDialog.FOLDER_ID));
        assertThat(FxWindows.onFx(field::getPromptText)).contains("full path on " + HOST);
        FxWindows.onFx(() -> {
            field.setText("backups");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(backup, BackupDialog.REPORT_ID)
                .equals("Give the folder's full path on " + HOST + " (starting with /)."));
        FxWindows.screenshot("backup-dialog-remote-light");
        robot.clickOn("Close");

        FxWindows.onFx(() -> {
            RestoreViewModel model = new RestoreViewModel(URI, gui.services().tasks(), gui.services().background(),
                    Platform::runLater);
            new RestoreDialog(model, gui.services().window().stage()).show();
            return null;
        });
        Node restore = FxWindows.awaitWindow(robot, "Restore Backup");
        assertThat(text(restore, FolderField.HOST_NOTE_ID)).isEqualTo("on " + HOST);
        FxWindows.onFx(() -> {
            ((TextField) restore.lookup("#" + RestoreDialog.FOLDER_ID)).setText("backups");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(restore, RestoreDialog.FINDINGS_ID)
                .contains("full path on " + HOST));
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("restore-dialog-remote-dark");
    }

    private static String text(Node root, String id) {
        return FxWindows.onFx(() -> ((Label) root.lookup("#" + id)).getText());
    }
}
