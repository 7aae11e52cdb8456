package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.guest.snapshots.SnapshotsPane;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.snapshots.SnapshotJournal;
import java.time.Instant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
 * The Snapshots tab on the test driver, whose guest has a small snapshot tree of its own; and the
 * report, at start, of a revert a crash cut short.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SnapshotsTabUiTest {
    private static final String TASMAN_UUID = "7b3c0de0-0000-4000-8000-0000000005a1";
    private static final String TITLE = "tasman on Test host — Summit";

    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage list = new SummitPage(robot);
    private final GuestWindowPage window = new GuestWindowPage(robot, TITLE);
    private final SnapshotsTabPage tab = new SnapshotsTabPage(robot, TITLE);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        StoreLocation location = new StoreLocation(dataDir.resolve("run-" + System.nanoTime()));
        // What a revert cut short by a crash leaves: the next start must say so.
        new SnapshotJournal(location.directory().resolve("snapshot-journal")).write(new SnapshotJournal.Entry(
                TestDriverHosts.uri("snapshots-host.xml"), TASMAN_UUID, "tasman", "revert", "experiment",
                Instant.parse("2026-12-07T08:00:00Z"), "restoring the memory"));
        store = SummitStore.open(location).store();
        store.connections().add("Test host", TestDriverHosts.uri("snapshots-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> gui.guestWindows().window(TASMAN_UUID).ifPresent(w -> w.stage().close()));
        WaitForAsyncUtils.waitForFxEvents();
        gui.close();
        engine.close();
        store.close();
    }

    @Test
    void theTreeIsListedWholeAndTakeRevertDeleteAndDescribeWork() {
        list.awaitGuests(1);
        list.await("the interrupted revert reported", () -> list.notification().contains(
                "The revert of tasman to snapshot 'experiment' started 2026-12-07T08:00:00Z was interrupted while restoring"
                        + " the memory. Now tasman is running with vda on /var/lib/libvirt/images/tasman.qcow2; the snapshot"
                        + " is still listed; revert to it again to finish."));
        robot.doubleClickOn("tasman");
        window.awaitShown();
        assertThat(window.tabs()).containsExactly("Console", "Details", "Snapshots");
        window.openTab("Snapshots");
        GuestWindowPage.await("the tree", () -> tab.rows().size() == 4);
        assertThat(tab.rows()).containsExactly("installed", "  ● patched", "    patched & tuned", "  experiment");
        assertThat(tab.description()).as("the current one is chosen").isEqualTo("after updates");
        FxWindows.screenshot("snapshots-tab-light");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("snapshots-tab-dark");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.LIGHT));

        tab.take("before <risky> & \"odd\"", "a test's");
        GuestWindowPage.await("the new snapshot", () -> tab.rows().contains("    ● before <risky> & \"odd\""));
        assertThat(tab.message()).startsWith("Took snapshot 'before <risky> & \"odd\"' (qcow2 disks on BIOS firmware");

        tab.choose("experiment").press(SnapshotsPane.REVERT_ID).confirm();
        GuestWindowPage.await("experiment current", () -> tab.rows().contains("  ● experiment"));
        assertThat(tab.message()).isEqualTo("tasman is back at snapshot 'experiment'.");

        tab.choose("patched").press(SnapshotsPane.DELETE_ALL_ID).confirm();
        GuestWindowPage.await("patched gone", () -> tab.rows().size() == 2);
        assertThat(tab.rows()).containsExactly("installed", "  ● experiment");

        tab.choose("installed").writeDescription("fresh install, <checked> & ok");
        tab.press(SnapshotsPane.SAVE_DESCRIPTION_ID);
        GuestWindowPage.await("the description saved", () -> tab.message().equals("Saved the description of 'installed'."));
        assertThat(tab.description()).isEqualTo("fresh install, <checked> & ok");
    }
}
