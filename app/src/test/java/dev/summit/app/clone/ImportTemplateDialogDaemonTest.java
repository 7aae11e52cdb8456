package dev.summit.app.clone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.app.ui.SummitOnHost;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.templates.TemplateMark;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** File → Templates… → Import…: a broken vm.cfg is told line by line in the dialog; the mended one becomes a listed template. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportTemplateDialogDaemonTest {
    private final String name = "imp-ui-" + Long.toHexString(System.nanoTime());
    private SummitOnHost summit;
    private SummitStore store;
    private SummitGui gui;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.ensurePool();
        summit = SummitOnHost.show(stage, "local", RealDaemon.URI);
        store = summit.store();
        gui = summit.gui();
    }

    @AfterEach
    void stop() {
        summit.close();
        RealDaemon.removeAllStartingWith(name);
    }

    @Test
    void aBrokenVmCfgIsToldByLineAndTheMendedFolderImportsAsATemplate(FxRobot robot) throws Exception {
        Files.copy(RealDaemon.RESCUE_ISO, folder.resolve("System.img"));
        Files.writeString(folder.resolve("vm.cfg"), "name = '" + name + "'\nmemory = 'lots'\n"
                + "disk = ['file:/OVS/seed_pool/x/System.img,xvda,w']\nvif = ['bridge=xenbr0']\n");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> gui.services().model().host(RealDaemon.URI)
                .map(h -> h.statusProperty().get() instanceof dev.summit.connectors.host.HostStatus.Connected).orElse(false)));
        robot.clickOn("local");
        robot.clickOn("File").clickOn(FxWindows.awaitVisible(robot, "Templates…"));
        Node window = FxWindows.awaitWindow(robot, "Templates");
        robot.clickOn(window.lookup("#templates-import"));
        Node dialog = FxWindows.awaitWindow(robot, "Import Template");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxWindows.onFx(() ->
                ((ComboBox<?>) dialog.lookup("#import-pool")).getItems().contains(RealDaemon.POOL)));
        FxWindows.onFx(() -> {
            ((TextField) dialog.lookup("#import-source")).setText(folder.toString());
            @SuppressWarnings("unchecked")
            ComboBox<String> pools = (ComboBox<String>) dialog.lookup("#import-pool");
            pools.setValue(RealDaemon.POOL);
            return null;
        });

        robot.clickOn(dialog.lookup("#import-run"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).contains("vm.cfg line 2"));
        assertThat(message(dialog)).contains("vm.cfg line 2").contains("memory");
        assertThat(RealDaemon.virshOk("domstate", name)).as("nothing defined").isFalse();
        FxWindows.screenshot("import-broken");

        Files.writeString(folder.resolve("vm.cfg"), "name = '" + name + "'\nmemory = '128'\n"
                + "disk = ['file:/OVS/seed_pool/x/System.img,xvda,w']\nvif = ['bridge=xenbr0']\n");
        robot.clickOn(dialog.lookup("#import-run"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> RealDaemon.virshOk("domstate", name));
        assertThat(TemplateMark.isTemplate(RealDaemon.virsh("dumpxml", name))).isTrue();
        assertThat(RealDaemon.virsh("domiflist", name)).contains("default");
        @SuppressWarnings("unchecked")
        TableView<TemplatesWindow.Row> table = (TableView<TemplatesWindow.Row>) window.lookup("#templates-table");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> table.getItems().stream()
                .anyMatch(row -> row.template().name().equals(name))));
        FxWindows.screenshot("import-done");
    }

    private static String message(Node dialog) {
        return FxWindows.onFx(() -> ((Label) dialog.lookup("#import-message")).getText());
    }
}
