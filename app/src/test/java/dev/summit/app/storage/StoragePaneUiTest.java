package dev.summit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.tasks.HistoryLog;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.theme.ThemeApplier;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.storage.NewVolume;
import dev.summit.connectors.storage.PoolSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The embeddable storage pane on the test driver, as the host window's Storage tab holds it:
 * capacity bars with the 90 % warning, volumes with their users, the new-pool dialog's live
 * problems, and volume actions with their refusals.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StoragePaneUiTest {
    private final FxRobot robot = new FxRobot();
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private StoragePane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        HostSession host = engine.open(TestDriverHosts.uri("storage-host.xml"));
        pane = new StoragePane(host, new TaskRunner(Platform::runLater, HistoryLog.NONE));
        stage.setTitle("Storage pane");
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane.node()), 1100, 640));
        stage.getScene().getStylesheets().add(ThemeApplier.BASE);
        stage.show();
        pane.load();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void poolsWithCapacityWarningVolumesAndActions() throws Exception {
        TableView<PoolSummary> pools = lookup("#storage-pools");
        TableView<StoragePane.VolumeRow> volumes = lookup("#storage-volumes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> volumes.getItems().size() == 2));
        assertThat(FxWindows.onFx(() -> pools.getItems().stream().map(PoolSummary::name).toList()))
                .containsExactly("default", "nfs-images");
        assertThat(FxWindows.onFx(() -> volumes.getItems().stream().map(r -> r.volume().name() + ":" + r.users()).toList()))
                .containsExactly("ama.qcow2:[ama]", "spare.img:[]");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> !pools.lookupAll("." + PoolCapacityCell.NEARLY_FULL_TEXT).isEmpty()));
        List<String> warnings = FxWindows.onFx(() -> pools.lookupAll("." + PoolCapacityCell.NEARLY_FULL_TEXT).stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(warnings).containsExactly("95 % used, 5.0 GiB free of 100 GiB — nearly full");
        assertThat(FxWindows.onFx(() -> pools.lookupAll("." + PoolCapacityCell.NEARLY_FULL).size())).as("one red bar").isEqualTo(1);
        FxWindows.screenshot("storage-pane-light");

        select(volumes, 0);
        robot.clickOn((Node) lookup("#storage-delete-volume"));
        awaitStatus("Could not delete 'ama.qcow2': it is a disk of guest 'ama'.");

        FxWindows.onFx(() -> {
            pane.createVolume(new NewVolume("default", "new.qcow2", 3L << 30, "qcow2", null));
            return null;
        });
        awaitStatus("Created new.qcow2 (qcow2, 3.0 GiB).");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> volumes.getItems().size() == 3));
        FxWindows.onFx(() -> {
            pane.createVolume(new NewVolume("default", "new.qcow2", 1L << 30, "qcow2", null));
            return null;
        });
        awaitStatus("Could not create volume 'new.qcow2': Pool 'default' already has a volume 'new.qcow2'.");
        // A refusal changed nothing, so the table keeps its rows (it used to read the pool again and
        // empty for a moment); the row is taken and grown in the same FX call all the same.
        assertThat(FxWindows.onFx(() -> {
            int rows = volumes.getItems().size();
            if (rows == 3) {
                pane.growVolume(volumes.getItems().get(2).volume(), 1L << 30);
            }
            return rows;
        })).as("volume rows right after the refusal").isEqualTo(3);
        awaitStatus("Could not resize 'spare.img': it is 2147483648 bytes and shrinking it to 1073741824 would cut off data;"
                + " volumes only grow.");

        robot.clickOn((Node) lookup("#storage-new-pool"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#storage-pool-name").write("storage-ui");
        Label problems = robot.lookup("#storage-pool-problems").queryAs(Label.class);
        assertThat(FxWindows.onFx(problems::getText)).contains("A dir pool needs a target");
        Button ok = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryAs(Button.class);
        assertThat(FxWindows.onFx(ok::isDisabled)).isTrue();
        robot.clickOn("#storage-pool-dir").write("/srv/storage-ui");
        assertThat(FxWindows.onFx(problems::getText)).isEmpty();
        FxWindows.screenshot("storage-pane-new-pool");
        robot.clickOn(ok);
        awaitStatus("Pool 'storage-ui' is ready.");
        assertThat(FxWindows.onFx(() -> pools.getItems().stream().map(PoolSummary::name).toList())).contains("storage-ui");

        FxWindows.onFx(() -> {
            stage.getScene().getStylesheets().add(ThemeApplier.DARK);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("storage-pane-dark");
    }

    private void awaitStatus(String expected) throws Exception {
        Label status = lookup("#storage-status");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> expected.equals(status.getText())));
    }

    private static <T> void select(TableView<T> table, int row) {
        FxWindows.onFx(() -> {
            table.getSelectionModel().select(row);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T lookup(String selector) throws Exception {
        // The pane shows its volumes and buttons a pulse or two after its pools.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> pane.node().lookup(selector) != null));
        return (T) FxWindows.onFx(() -> pane.node().lookup(selector));
    }
}
