package dev.summit.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.app.SummitGui;
import dev.summit.app.store.OperationOutcome;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.log.TasksPane;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.ops.CancelSignal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

/** The Tasks pane on the test driver: operations running, finishing, failing, cancelled, and still there after a restart. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TasksPaneUiTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage page = new SummitPage(robot);
    private final TasksPanePage tasks = new TasksPanePage(robot);
    private Stage stage;
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            store = SummitStore.open(new StoreLocation(dataDir.resolve("summit"))).store();
            if (store.connections().list().isEmpty()) {
                store.connections().add("Test host", TestDriverHosts.uri("ui-host.xml"), true);
            }
            engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
            gui = SummitGui.show(stage, store, engine, Optional.empty());
            gui.hosts().show(store.connections().list());
        }).get();
        page.awaitGuests(6);
        // The Tasks table is built right after the window's first frame is drawn (when the pane shows).
        TasksPanePage.await("the Tasks table", () -> robot.lookup("#" + TasksPane.TABLE_ID).tryQuery().isPresent()
                || !tasks.toggleSelected());
        // The model lists them a pulse before the table draws their rows, which the robot clicks.
        TasksPanePage.await("the guests' rows drawn", () -> robot.lookup("matterhorn").tryQuery().isPresent()
                && robot.lookup("ephemeral").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        if (gui != null) {
            WaitForAsyncUtils.asyncFx(() -> gui.close()).get();
            engine.close();
            store.close();
            gui = null;
        }
    }

    @Test
    void finishedAndFailedOperationsAreListedWithTheirResultAndStayAfterARestart() throws Exception {
        open();
        page.select("matterhorn").press("action-pause");
        tasks.awaitLine("pause", "succeeded");

        page.select("ephemeral").press("action-save");
        tasks.awaitLine("save", "failed | Could not save 'ephemeral': cannot do managed save for transient domain.");
        assertThat(tasks.lines().get(0)).startsWith("save | ephemeral");
        String details = tasks.select("save").openDetails();
        assertThat(details).contains("Operation: save", "Guest: ephemeral", "Status: failed",
                "Could not save 'ephemeral': cannot do managed save for transient domain.");

        stop();
        open();
        tasks.awaitLine("save", "failed | Could not save 'ephemeral'");
        assertThat(tasks.lineFor("pause")).startsWith("pause | matterhorn | succeeded");
    }

    @Test
    void anOperationAnotherSummitRunsIsListedRunningThenEnded() throws Exception {
        open();
        try (SummitStore other = SummitStore.open(new StoreLocation(dataDir.resolve("summit"))).store()) {
            long id = other.history().recordStart(TestDriverHosts.uri("ui-host.xml"), "denali", "start", Instant.now());
            tasks.awaitLine("start", "denali | running");
            assertThat(tasks.select("start").cancelEnabled()).as("only the process that runs it can cancel it").isFalse();
            other.history().recordEnd(id, OperationOutcome.SUCCEEDED, "done", Instant.now());
            tasks.awaitLine("start", "denali | succeeded | done");
        }
    }

    @Test
    void aRunningOperationShowsItsProgressAndIsCancelledFromThePane() throws Exception {
        open();
        CancelSignal signal = new CancelSignal();
        CompletableFuture<String> work = new CompletableFuture<>();
        // A long copy stands in for a clone: progress reported, done only when told.
        gui.services().tasks().run(new TaskLabel(TestDriverHosts.uri("ui-host.xml"), "fuji", "clone"), signal, progress -> {
            progress.report(0.4, 3L << 30, "Copying fuji.qcow2");
            return work;
        }, made -> "Made fuji-clone.", made -> true);

        tasks.awaitLine("clone", "fuji | 40 % | Copying fuji.qcow2 — 3.0 GiB");
        assertThat(tasks.toggleText()).isEqualTo("Tasks (1 running)");
        assertThat(tasks.select("clone").cancelEnabled()).isTrue();
        tasks.cancel();
        assertThat(signal.isCancelled()).isTrue();
        tasks.awaitLine("clone", "cancelling");
        work.completeExceptionally(new IllegalStateException("Cancelled: no clone made."));

        tasks.awaitLine("clone", "cancelled | Cancelled: no clone made. (3.0 GiB, ");
        assertThat(tasks.toggleText()).isEqualTo("Tasks");
        assertThat(tasks.select("clone").cancelEnabled()).isFalse();
    }

    @Test
    void thePaneKeepsItsHeightAndCollapsesFromTheStatusLineAcrossRestarts() throws Exception {
        try (SummitStore before = SummitStore.open(new StoreLocation(dataDir.resolve("summit"))).store()) {
            before.preferences().putInt("tasks.paneHeight", 240);
        }
        open();
        TasksPanePage.await("the pane at its stored height", () -> Math.abs(tasks.height() - 240) < 8);
        tasks.dragDividerBy(-60);
        TasksPanePage.await("the new height stored",
                () -> Math.abs(store.preferences().getInt("tasks.paneHeight", 0) - 300) < 8);
        TasksPanePage.await("the pane shown", tasks::shown);
        tasks.toggleFromStatusLine();
        TasksPanePage.await("the pane hidden", () -> !tasks.shown());
        TasksPanePage.await("the choice stored", () -> !store.preferences().getBoolean("tasks.paneShown", true));
        stop();
        open();
        TasksPanePage.await("the pane hidden as it was left", () -> !tasks.shown());
        tasks.toggleFromStatusLine();
        TasksPanePage.await("the pane shown again", tasks::shown);
    }
}
