package dev.summit.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * The Backup and Restore dialogs on the test driver: a folder that is not there is refused in the
 * dialog with nothing made; a folder holding one finished and one interrupted backup lists the
 * first, reports the second and offers Clean Up. Light and dark pictures for a person.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BackupDialogUiTest {
    private static final String MANIFEST = """
            {"format": "summit-backup-1", "guest": "fuji", "uuid": "7b3c0de0-3333-4000-8000-000000000001",
             "time": "2026-12-07T08:00:00Z", "kind": "full", "parent": null, "checkpoint": "summit-20261207-080000-000",
             "disks": [{"target": "vda", "file": "vda.qcow2", "source": "/var/lib/libvirt/images/fuji.qcow2",
                        "virtualSize": 10737418240, "size": 3145728}]}
            """;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private HostEngine engine;
    private SummitStore store;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("data"))).store();
        store.connections().add("Test host", TestDriverHosts.uri("create-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> gui.close());
        engine.close();
        store.close();
    }

    @Test
    void aMissingFolderIsRefusedAndAFolderOfBackupsIsListedWithItsLeftovers() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> gui.services().model().hosts().stream()
                .anyMatch(h -> !h.guests().isEmpty())));
        robot.clickOn("fuji").clickOn("Guest").clickOn("Backup…");
        Node dialog = FxWindows.awaitWindow(robot, "Back up fuji");
        Path missing = dataDir.resolve("missing");
        FxWindows.onFx(() -> {
            ((TextField) dialog.lookup("#" + BackupDialog.FOLDER_ID)).setText(missing.toString());
            return null;
        });
        robot.clickOn(dialog.lookup("#" + BackupDialog.START_ID));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(dialog, BackupDialog.MESSAGE_ID).contains("does not exist"));
        assertThat(Files.exists(missing)).isFalse();
        FxWindows.screenshot("backup-dialog-refused-light");
        robot.clickOn("Close");

        Path folder = Files.createDirectory(dataDir.resolve("backups"));
        Path done = Files.createDirectory(folder.resolve("fuji-20261207-080000"));
        Files.writeString(done.resolve("manifest.json"), MANIFEST);
        Files.writeString(done.resolve("definition.xml"), "<domain/>");
        Path cut = Files.createDirectory(folder.resolve("fuji-20261207-090000"));
        Files.writeString(cut.resolve("unfinished.json"), "{\"guest\": \"fuji\", \"uuid\": \"7b3c0de0-3333-4000-8000-000000000001\","
                + " \"checkpoint\": \"summit-20261207-090000-000\"}");

        robot.clickOn("Test host").clickOn("File").clickOn("Restore Backup…");
        Node restore = FxWindows.awaitWindow(robot, "Restore Backup");
        FxWindows.onFx(() -> {
            ((TextField) restore.lookup("#" + RestoreDialog.FOLDER_ID)).setText(folder.toString());
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() ->
                ((ListView<?>) restore.lookup("#" + RestoreDialog.LIST_ID)).getItems().size() == 1));
        assertThat(text(restore, RestoreDialog.FINDINGS_ID)).contains("Unfinished backup of 'fuji' in fuji-20261207-090000");
        assertThat(FxWindows.onFx(() -> restore.lookup("#" + RestoreDialog.CLEAN_ID).isVisible())).isTrue();
        assertThat(FxWindows.onFx(() -> ((TextField) restore.lookup("#" + RestoreDialog.NAME_ID)).getText()))
                .isEqualTo("fuji-restored");
        FxWindows.screenshot("restore-dialog-light");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("restore-dialog-dark");
    }

    private static String text(Node root, String id) {
        return FxWindows.onFx(() -> ((Label) root.lookup("#" + id)).getText());
    }
}
