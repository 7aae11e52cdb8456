package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.settings.LayoutMemory;
import dev.summit.app.settings.RememberedLayout;
import dev.summit.app.settings.UiPreferences;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.vmlist.GuestTable;
import dev.summit.app.vmlist.ListRow;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TreeTableColumn;
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

/** The list's optional IP column: hidden at first, shown from the View menu, and remembered like the widths. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GuestListIpColumnUiTest {
    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage list = new SummitPage(robot);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = SummitStore.open(new StoreLocation(dataDir.resolve("run-" + System.nanoTime()))).store();
        store.connections().add("Test host", TestDriverHosts.uri("ui-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT);
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        gui.close();
        engine.close();
        store.close();
    }

    private TreeTableColumn<ListRow, ?> ipColumn() {
        return gui.window().tableView().getColumns().stream()
                .filter(c -> GuestTable.IP_COLUMN.equals(c.getText())).findFirst().orElseThrow();
    }

    @Test
    void theIpColumnShowsFromTheViewMenuAndIsRemembered() {
        list.awaitGuests(6);
        assertThat(FxWindows.onFx(() -> ipColumn().isVisible())).as("hidden by default").isFalse();
        assertThat(robot.lookup("IP").tryQuery()).as("no heading on screen").isEmpty();

        robot.clickOn("View").clickOn("IP Address Column");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxWindows.onFx(() -> ipColumn().isVisible())).isTrue();
        assertThat(robot.lookup("IP").tryQuery()).as("its heading on screen").isPresent();
        FxWindows.screenshot("main-window-ip-column-light");
        RememberedLayout left = FxWindows.onFx(() -> LayoutMemory.capture(stage, gui.window().tableView()));
        new UiPreferences(store.preferences()).saveLayout(left);

        RememberedLayout next = new UiPreferences(store.preferences()).layout();
        assertThat(next.columnShown()).containsEntry(GuestTable.IP_COLUMN, true).containsEntry("Name", true);

        robot.clickOn("View").clickOn("IP Address Column");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxWindows.onFx(() -> ipColumn().isVisible())).as("the menu hides it again").isFalse();
        FxWindows.onFx(() -> {
            LayoutMemory.restore(new RememberedLayout(Optional.empty(), Map.of(), Optional.empty(), next.columnShown()),
                    stage, gui.window().tableView());
            return null;
        });
        assertThat(FxWindows.onFx(() -> ipColumn().isVisible())).as("the remembered layout shows it").isTrue();
    }
}
