package dev.summit.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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

/** The New button on the test driver: a free mountain name is offered and bad input is named in place. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewGuestFormUiTest {
    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage page = new SummitPage(robot);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("run-" + System.nanoTime()))).store();
        store.connections().add("Test host", TestHosts.uri("ui-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis(500)));
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
    void badNameAndMissingIsoAreNamedUnderTheirFields() {
        page.awaitGuests(6);
        page.select("fuji");
        robot.clickOn("#toolbar-new-vm");
        page.await("the form open", () -> !robot.lookup("#create-name").queryAll().isEmpty());
        String suggested = SummitPage.onFx(() -> robot.lookup("#create-name").queryAs(TextField.class).getText());
        assertThat(suggested).isNotBlank().isNotIn("fuji", "matterhorn", "k2", "denali", "eiger", "ephemeral");

        SummitPage.onFx(() -> {
            robot.lookup("#create-name").queryAs(TextField.class).setText("a<b/c");
            robot.lookup("#create-iso").queryAs(TextField.class).setText("/nonexistent/wiz-missing.iso");
            return null;
        });
        robot.clickOn("#create-finish");
        page.await("the check done", () -> !problem("name").isEmpty() || !status().equals("Checking…"));
        assertThat(status()).as("status line").isEmpty();
        assertThat(problem("name")).isNotBlank();
        assertThat(problem("media")).isNotBlank();
        assertThat(page.guestNames()).hasSize(6);

        SummitPage.onFx(() -> {
            robot.lookup("#create-name").queryAs(TextField.class).setText("fuji");
            return null;
        });
        robot.clickOn("#create-finish");
        page.await("the duplicate named", () -> problem("name").contains("already exists"));
        assertThat(problem("name")).isEqualTo("A guest named 'fuji' already exists on this host.");
        assertThat(page.guestNames()).hasSize(6);
    }

    private String status() {
        return SummitPage.onFx(() -> robot.lookup("#create-status").queryAs(Label.class).getText());
    }

    private String problem(String field) {
        return SummitPage.onFx(() -> robot.lookup("#problem-" + field).queryAs(Label.class).getText());
    }
}
