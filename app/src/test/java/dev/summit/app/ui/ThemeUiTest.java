package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.about.AboutDialog;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.app.vmlist.GuestTable;
import dev.summit.app.vmlist.MainWindow;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View → Theme → Dark turns every main surface to the dark tokens, and is remembered. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ThemeUiTest {
    // The dark values of -color-bg-default and -color-fg-muted in summit-dark.css.
    private static final Color DARK_BACKGROUND = Color.web("#1e1f22");
    private static final Color DARK_MUTED_TEXT = Color.web("#a0a4a8");

    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage page = new SummitPage(robot);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("run-" + System.nanoTime()))).store();
        store.connections().add("Test host", TestDriverHosts.uri("ui-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(java.time.Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        gui.close();
        engine.close();
        store.close();
    }

    @Test
    void darkThemeReachesTheMainSurfacesAndIsSaved() {
        page.awaitGuests(6);
        assertThat(luminance(background(".main-window"))).as("light window").isGreaterThan(0.9);

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");

        page.await("the dark theme", () -> SummitPage.onFx(() -> DARK_BACKGROUND.equals(background(".main-window"))));
        SummitPage.onFx(() -> {
            assertThat(luminance(background("#" + GuestTable.ID))).as("guest table").isLessThan(0.2);
            assertThat(luminance(background(robot.lookup(".menu-bar").queryAs(MenuBar.class)))).as("menu bar").isLessThan(0.3);
            assertThat(luminance(background(".tool-bar"))).as("tool bar").isLessThan(0.3);
            Label status = robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class);
            assertThat(status.getTextFill()).as("status line text").isEqualTo(DARK_MUTED_TEXT);
            return null;
        });
        page.await("the choice saved", () -> store.preferences().get(ThemeChoice.PREFERENCE_KEY).equals(Optional.of("dark")));

        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        page.await("light again", () -> SummitPage.onFx(() -> luminance(background(".main-window")) > 0.9));
    }

    @Test
    void aboutShowsTheVersionAndTheLicencesOfWhatShips() {
        robot.clickOn("Help").clickOn("About Summit");
        page.await("the About dialog", () -> robot.lookup("#" + AboutDialog.VERSION_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + AboutDialog.VERSION_ID).queryAs(Label.class).getText()).startsWith("Version 0.");
        assertThat(robot.lookup("GPL-2.0 with Classpath Exception").tryQuery()).isPresent();
        assertThat(robot.lookup("LGPL-2.1-or-later or Apache-2.0").tryQuery()).isPresent();
        assertThat(robot.lookup("#" + AboutDialog.LICENCE_ID).queryAs(Label.class).getText()).contains("Apache-2.0");
        robot.clickOn("Close");
    }

    private Paint background(String query) {
        return background(robot.lookup(query).query());
    }

    private static Paint background(Node node) {
        Region region = (Region) node;
        return region.getBackground() == null || region.getBackground().getFills().isEmpty() ? Color.TRANSPARENT
                : region.getBackground().getFills().get(region.getBackground().getFills().size() - 1).getFill();
    }

    /** Relative luminance of a solid fill; gradients (Modena's bars) by their first stop. */
    private static double luminance(Paint paint) {
        Color c = paint instanceof Color color ? color
                : paint instanceof javafx.scene.paint.LinearGradient gradient ? gradient.getStops().get(0).getColor()
                : Color.GRAY;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
