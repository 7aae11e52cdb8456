package dev.summit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.storage.PoolSpec;
import dev.summit.connectors.storage.PoolSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** File → Storage… on the test driver: pools and volumes with their users, a refused delete, a new pool, the ISO library kept in SQLite. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StorageWindowUiTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private StoreLocation location;
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        location = new StoreLocation(dataDir.resolve("data"));
        store = SummitStore.open(location).store();
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
    void poolsVolumesAndTheIsoLibraryFromTheFileMenu() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> gui.services().model().hosts().stream()
                .anyMatch(h -> !h.guests().isEmpty())));
        robot.clickOn("Test host");
        robot.clickOn("File");
        // The menu shows a pulse after the click (seen under load, with the File menu grown longer).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Storage…").tryQuery().isPresent());
        robot.clickOn("Storage…");
        Node window = FxWindows.awaitWindow(robot, "Storage — " + TestDriverHosts.uri("create-host.xml"));
        // The pane shows its volumes and buttons a pulse or two after its pools.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> window.lookup("#storage-delete-volume") != null));
        @SuppressWarnings("unchecked")
        TableView<PoolSummary> pools = (TableView<PoolSummary>) window.lookup("#storage-pools");
        @SuppressWarnings("unchecked")
        TableView<StoragePane.VolumeRow> volumes = (TableView<StoragePane.VolumeRow>) window.lookup("#storage-volumes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> volumes.getItems().size() == 1));
        assertThat(FxWindows.onFx(() -> pools.getItems().get(0).name())).isEqualTo("default");
        assertThat(FxWindows.onFx(() -> volumes.getItems().get(0).volume().name())).isEqualTo("fuji.qcow2");
        assertThat(FxWindows.onFx(() -> volumes.getItems().get(0).users())).containsExactly("fuji");

        FxWindows.onFx(() -> {
            volumes.getSelectionModel().select(0);
            return null;
        });
        robot.clickOn(window.lookup("#storage-delete-volume"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(window).contains("disk of"));
        assertThat(status(window)).isEqualTo("Could not delete 'fuji.qcow2': it is a disk of guest 'fuji'.");
        FxWindows.screenshot("storage-pools");
        assertThat(FxWindows.onFx(() -> volumes.getItems().size())).as("the volume stays").isEqualTo(1);

        StorageWindow storage = windowObject(window);
        FxWindows.onFx(() -> {
            storage.pane().createPool(PoolSpec.directory("isos", "/srv/isos"));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> pools.getItems().stream().anyMatch(p -> p.name().equals("isos"))));
        assertThat(status(window)).isEqualTo("Pool 'isos' is ready.");

        Path folder = Files.createDirectories(dataDir.resolve("my isos"));
        Files.write(folder.resolve("debian.iso"), new byte[4096]);
        Files.writeString(folder.resolve("notes.txt"), "not an image");
        FxWindows.onFx(() -> {
            storage.addFolder(folder);
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<LibraryIso> isos = (TableView<LibraryIso>) window.lookup("#storage-isos");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> isos.getItems().stream()
                .anyMatch(i -> i.name().equals("debian.iso") && i.where().equals(folder.toString()))));
        assertThat(FxWindows.onFx(() -> isos.getItems().stream().map(LibraryIso::name).toList())).doesNotContain("notes.txt");
        @SuppressWarnings("unchecked")
        ListView<Path> folders = (ListView<Path>) window.lookup("#storage-iso-folders");
        assertThat(FxWindows.onFx(() -> folders.getItems())).containsExactly(folder);
        robot.clickOn("ISO Library");
        FxWindows.screenshot("storage-library");

        try (SummitStore reopened = SummitStore.open(location).store()) {
            assertThat(reopened.isoFolders().list()).as("kept in the SQLite file").containsExactly(folder);
        }
    }


    private static StorageWindow windowObject(Node root) {
        return (StorageWindow) root.getProperties().get(StorageWindow.class);
    }

    private static String status(Node window) {
        return FxWindows.onFx(() -> ((Label) window.lookup("#storage-status")).getText());
    }
}
