package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.storage.PoolSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
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

/**
 * The wizard on a host with no 'default' pool: it proposes making one at /var/lib/libvirt/images
 * and never the pool of a package's system directory or of install media only; Finish makes it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FreshHostWizardUiTest {
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
        store.connections().add("Fresh host", TestDriverHosts.uri("fresh-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
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
    void aNewDiskGoesIntoADefaultPoolMadeForItNeverIntoASystemDirectory() throws Exception {
        page.await("the host connected", () -> page.hostLines().equals(List.of("Fresh host: connected")));
        robot.clickOn("#toolbar-new");
        page.await("the wizard", () -> robot.lookup("#wizard-iso-path").tryQuery().isPresent());
        SummitPage.onFx(() -> {
            robot.lookup("#wizard-iso-path").queryAs(TextField.class).setText(NewGuestWizardUiTest.GRUB_ISO.toString());
            return null;
        });
        while (robot.lookup("#wizard-pool").tryQuery().isEmpty()) {
            awaitNoProblem();
            robot.clickOn("#wizard-next");
        }

        List<String> offered = SummitPage.onFx(() -> pools().getItems().stream().map(PoolSummary::name).toList());
        String chosen = SummitPage.onFx(() -> pools().getButtonCell().getText());
        assertThat(offered).containsExactly("default", "vms");
        assertThat(chosen).isEqualTo("default — new, at /var/lib/libvirt/images (made with the guest)");
        SummitPage.onFx(() -> {
            robot.lookup("#wizard-disk").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("2");
            return null;
        });
        while (robot.lookup("#wizard-finish").tryQuery().map(n -> !n.isVisible()).orElse(true)) {
            awaitNoProblem();
            robot.clickOn("#wizard-next");
        }
        page.await("the host's check", () -> !problem().equals("Checking the host…"));
        robot.clickOn("#wizard-finish");
        page.await("the guest listed", () -> page.guestNames().size() == 1);

        PoolSummary made = engine.session(TestDriverHosts.uri("fresh-host.xml")).orElseThrow()
                .submit("read", "default", conn -> dev.summit.connectors.storage.StoragePools.pool(conn, "default"))
                .get(10, TimeUnit.SECONDS);
        assertThat(made.active()).isTrue();
        assertThat(made.targetPath()).isEqualTo("/var/lib/libvirt/images");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PoolSummary> pools() {
        return (ComboBox<PoolSummary>) robot.lookup("#wizard-pool").queryAs(ComboBox.class);
    }

    private String problem() {
        return SummitPage.onFx(() -> robot.lookup("#wizard-problem").queryAs(Label.class).getText());
    }

    private void awaitNoProblem() {
        page.await("no problem on the page (now \"" + problem() + "\")", () -> problem().isEmpty());
    }
}
