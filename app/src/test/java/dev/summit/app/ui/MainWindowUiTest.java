package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.connection.ConnectionDialog;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.vmlist.DeleteDialog;
import dev.summit.app.vmlist.GuestActionHandler;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window on the test driver: what a user sees and clicks. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    @TempDir
    static Path dataDir;

    private final SummitPage page = new SummitPage(new FxRobot());
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("run-" + System.nanoTime()))).store();
        store.connections().add("Test host", TestDriverHosts.uri("ui-host.xml"), true);
        store.connections().add("Gone host", "qemu+unix:///system?socket=/nonexistent/libvirt-sock", true);
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
    void listsTheHostAndEveryGuestWithItsState() {
        page.awaitGuests(6);
        page.await("the unreachable host retrying", () -> page.hostLines().size() == 2
                && page.hostLines().get(1).equals("Gone host: disconnected — retrying"));
        assertThat(page.hostLines()).containsExactly("Test host: connected", "Gone host: disconnected — retrying");
        assertThat(page.guestNames()).containsExactlyInAnyOrder("fuji", "matterhorn", "k2", "denali", "eiger", "ephemeral");
        assertThat(page.stateOf("k2")).isEqualTo("Paused");
        assertThat(page.stateOf("denali")).isEqualTo("Shut off");
        assertThat(page.statusLine()).isEqualTo("6 guests on 2 hosts · 4 running");
    }

    @Test
    void pauseAndResumeFromTheToolbar() {
        page.awaitGuests(6);
        page.select("matterhorn");
        assertThat(page.isEnabled("action-start")).as("start greyed out for a running guest").isFalse();
        page.press("action-pause").awaitState("matterhorn", "Paused");
        page.press("action-resume").awaitState("matterhorn", "Running");
    }

    @Test
    void forceOffAsksFirst() {
        page.awaitGuests(6);
        page.select("fuji").press("action-force-off");
        new FxRobot().clickOn("#" + GuestActionHandler.CONFIRM_ID);
        page.awaitState("fuji", "Shut off");
    }

    @Test
    void aRefusedActionShowsLibvirtsReasonAndTheTrueState() {
        page.awaitGuests(6);
        page.select("ephemeral").press("action-save");
        page.await("a message", () -> !page.notification().isEmpty());
        assertThat(page.notification()).isEqualTo(
                "Could not save 'ephemeral': cannot do managed save for transient domain.");
        assertThat(page.stateOf("ephemeral")).isEqualTo("Running");
    }

    @Test
    void theFilterKeepsMatchingGuests() {
        page.awaitGuests(6);
        page.filter("ER");
        page.await("filtered", () -> page.guestNames().size() == 3);
        assertThat(page.guestNames()).containsExactlyInAnyOrder("matterhorn", "eiger", "ephemeral");
    }

    @Test
    void deleteShowsWhichDisksGoAndKeepsTheIso() {
        page.awaitGuests(6);
        page.select("fuji").press("action-delete");
        FxRobot robot = new FxRobot();
        page.await("the delete dialog", () -> robot.lookup(".disk-kept").tryQuery().isPresent());
        assertThat(robot.lookup(".disk-kept").queryAs(Label.class).getText()).contains("debian.iso").contains("kept");
        assertThat(robot.lookup(".disk-deleted").queryAs(Label.class).getText()).contains("fuji.qcow2");
        // The dialog's nodes exist a pulse before its window shows them; click only a visible button.
        page.await("the delete button to show", () -> robot.lookup("#" + DeleteDialog.CONFIRM_ID).match(javafx.scene.Node::isVisible)
                .tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        robot.clickOn("#" + DeleteDialog.CONFIRM_ID);
        page.awaitGuests(5);
        assertThat(page.guestNames()).doesNotContain("fuji");
    }

    @Test
    void addConnectionShowsTheUriItWillUseAndSavesIt() {
        page.awaitGuests(6);
        FxRobot robot = new FxRobot();
        robot.clickOn("File").clickOn("#menu-add-connection");
        robot.clickOn("#transport").clickOn("SSH");
        robot.clickOn("#user").write("admin");
        robot.clickOn("#host").write("build01");
        assertThat(robot.lookup("#" + ConnectionDialog.URI_PREVIEW_ID).queryAs(Label.class).getText())
                .isEqualTo("qemu+ssh://admin@build01/system");
        robot.clickOn("#" + ConnectionDialog.SAVE_ID);


        page.await("the new host listed", () -> page.hostLines().size() == 3 || !page.notification().isEmpty());
        assertThat(page.notification()).isEmpty();
        assertThat(page.hostLines().get(2)).startsWith("QEMU/KVM on build01: ");
        page.await("saved", () -> store.connections().findByUri("qemu+ssh://admin@build01/system").isPresent());
    }
}
