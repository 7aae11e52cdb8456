package dev.summit.app.clone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.app.ui.FxWindows;
import dev.summit.app.ui.SummitOnHost;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Guest → Clone… on the real libvirtd: three linked clones from the window, and a name in use refused in place. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CloneDialogDaemonTest {
    private final String source = "cln-ui-" + Long.toHexString(System.nanoTime());
    private SummitOnHost summit;
    private SummitStore store;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.defineGuest(source);
        summit = SummitOnHost.show(stage, "local", RealDaemon.URI);
        store = summit.store();
        gui = summit.gui();
    }

    @AfterEach
    void stop() {
        summit.close();
        RealDaemon.removeAllStartingWith(source);
    }

    @Test
    void threeLinkedClonesFromTheMenuAppearInTheListWithTheirOwnIdentities(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> listed(source)));
        robot.rightClickOn(source).clickOn(FxWindows.awaitVisible(robot, "Clone…"));
        Node dialog = awaitDialog(robot, "Clone " + source);

        // The source's own name is taken: the dialog says so and makes nothing.
        robot.doubleClickOn(dialog.lookup("#clone-name")).eraseText(source.length() + 10).write(source);
        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).contains("already exists"));

        robot.doubleClickOn(dialog.lookup("#clone-name")).eraseText(source.length() + 10).write(source + "-c");
        robot.doubleClickOn(dialog.lookup("#clone-count").lookup(".text-field")).write("3").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> ((javafx.scene.control.Spinner<?>) dialog.lookup("#clone-count")).getValue().equals(3)));
        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).startsWith("Made "));
        screenshot("clone-dialog-done");

        List<String> clones = List.of(source + "-c-1", source + "-c-2", source + "-c-3");
        assertThat(message(dialog)).isEqualTo("Made " + String.join(", ", clones) + ".");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> clones.stream().allMatch(this::listed)));
        List<String> uuids = clones.stream().map(c -> RealDaemon.virsh("domuuid", c).strip()).toList();
        assertThat(uuids).doesNotHaveDuplicates().doesNotContain(RealDaemon.virsh("domuuid", source).strip());
        assertThat(RealDaemon.virsh("vol-dumpxml", RealDaemon.POOL_DIR.resolve(clones.get(0) + "-vda.qcow2").toString()))
                .contains("<path>" + RealDaemon.POOL_DIR.resolve(source + ".qcow2") + "</path>");
        assertThat(store.history().listRecent(5)).anyMatch(r -> r.operation().equals("clone") && r.endedAt() != null
                && r.message().startsWith("Made "));
    }

    @Test
    void convertToTemplateThenTheTemplatesWindowListsItAndMakesAVmFromIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> listed(source)));
        robot.rightClickOn(source).clickOn(FxWindows.awaitVisible(robot, "Convert to Template…"));
        robot.clickOn("Convert");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> RealDaemon.virsh("dumpxml", source)
                .contains(dev.summit.connectors.templates.TemplateMark.NAMESPACE));
        // ...and indexed in SQLite, so the Templates view can show it before the host answers.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.templates().onHost(RealDaemon.URI).stream()
                .anyMatch(t -> t.name().equals(source)));

        // A template's Start is greyed out; New Guest from Template… offers a clone instead.
        robot.clickOn(source);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#action-start").query().isDisabled()));
        robot.rightClickOn(source).clickOn(FxWindows.awaitVisible(robot, "New Guest from Template…"));
        Node offered = awaitDialog(robot, "Clone " + source);
        assertThat(offered.lookup("#clone-name")).isNotNull();
        onFx(() -> {
            ((javafx.stage.Stage) offered.getScene().getWindow()).close();
            return null;
        });
        assertThat(RealDaemon.virsh("domstate", source).strip()).isEqualTo("shut off");

        robot.clickOn("File").clickOn(FxWindows.awaitVisible(robot, "Templates…"));
        Node window = awaitDialog(robot, "Templates");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<TemplatesWindow.Row> table =
                (javafx.scene.control.TableView<TemplatesWindow.Row>) window.lookup("#templates-table");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(row -> row.template().name().equals(source))));
        onFx(() -> {
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(row -> row.template().name().equals(source)).findFirst().orElseThrow());
            return null;
        });
        robot.clickOn(window.lookup("#templates-new-vm"));
        Node dialog = awaitDialog(robot, "Clone " + source);
        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).startsWith("Made "));
        screenshot("templates-window");

        // The template stays where it was (no overlay for it); the new guest is ordinary and reads its disk.
        assertThat(RealDaemon.virsh("domblklist", source)).contains(RealDaemon.POOL_DIR.resolve(source + ".qcow2").toString());
        assertThat(RealDaemon.virsh("dumpxml", source + "-clone"))
                .doesNotContain(dev.summit.connectors.templates.TemplateMark.NAMESPACE);

        // Convert to Guest: the mark and the index row go; the window no longer lists it.
        onFx(() -> {
            dialog.getScene().getWindow().hide();
            ((Stage) window.getScene().getWindow()).toFront();
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(row -> row.template().name().equals(source)).findFirst().orElseThrow());
            return null;
        });
        robot.clickOn(window.lookup("#templates-to-guest"));
        screenshot("templates-to-guest");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !RealDaemon.virsh("dumpxml", source)
                .contains(dev.summit.connectors.templates.TemplateMark.NAMESPACE));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.templates().onHost(RealDaemon.URI).stream()
                .noneMatch(t -> t.name().equals(source)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .noneMatch(row -> row.template().name().equals(source))));
    }

    @Test
    void aCloneOfAGuestWithAPasswordGetsANewOneTypedInTheDialogNeverTheSources(FxRobot robot) throws Exception {
        String guarded = source + "-pw";
        RealDaemon.defineGuest(guarded, "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='srcpw-9'/>");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> listed(guarded)));
        robot.rightClickOn(guarded).clickOn(FxWindows.awaitVisible(robot, "Clone…"));
        Node dialog = awaitDialog(robot, "Clone " + guarded);
        javafx.scene.control.RadioButton fresh = (javafx.scene.control.RadioButton) dialog.lookup("#" + DisplayPasswordChoice.NEW_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(fresh::isSelected));

        // "New password" is chosen for a source that has one; left empty, the dialog asks for it.
        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(dialog).startsWith("Type the new guest's VNC password"));
        robot.clickOn(dialog.lookup("#" + DisplayPasswordChoice.FIELD_ID)).write("uipw-8");
        screenshot("clone-dialog-password");
        robot.clickOn(dialog.lookup("#clone-start"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(dialog).startsWith("Made "));

        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", guarded + "-clone"))
                .contains("passwd='uipw-8'").doesNotContain("srcpw-9");
        assertThat(store.history().listRecent(5)).allMatch(r -> !String.valueOf(r.message()).contains("uipw-8"));
    }

    private boolean listed(String name) {
        return gui.services().model().host(RealDaemon.URI).map(host -> host.guests().stream()
                .anyMatch(g -> g.nameProperty().get().equals(name))).orElse(false);
    }

    private static String message(Node dialog) {
        return onFx(() -> ((Label) dialog.lookup("#clone-message")).getText());
    }

    private Node awaitDialog(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()))));
        return onFx(() -> robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow().getScene().getRoot());
    }

    /** For a person to look at (target/screens); the assertions are the test. */
    private static void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screens");
            java.nio.file.Files.createDirectories(dir);
            new ProcessBuilder("import", "-window", "root", dir.resolve(name + ".png").toString()).start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // only a picture
        }
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
