package dev.summit.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.testing.InstallTreeServer;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.console.fx.ConsoleView;
import dev.summit.console.rfb.image.Screenshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
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
 * The New Virtual Machine wizard on the real libvirtd: the grub-rescue ISO, Finish, and the guest
 * runs with its console window open showing the screen. Its disk goes in the tests' pool.
 */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewGuestWizardDaemonTest {
    private final String name = "wiz-" + Long.toHexString(System.nanoTime());
    private final FxRobot robot = new FxRobot();
    private final WizardSteps wizard = new WizardSteps(robot);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;
    private Path iso;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.ensurePool();
        // A copy of the rescue ISO in the tests' pool: QEMU may relabel what it opens, so not the system's file.
        iso = RealDaemon.isoVolume();
        store = SummitStore.inMemory();
        store.connections().add("Local", RealDaemon.URI, true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() throws Exception {
        if (RealDaemon.virshOk("domstate", name)) {
            String uuid = uuid();
            // Waited for: a failure left to TestFX would surface in its cleanup and leave the windows showing.
            WaitForAsyncUtils.asyncFx(() -> gui.guestWindows().window(uuid).ifPresent(w -> w.stage().close()))
                    .get(30, TimeUnit.SECONDS);
        }
        gui.close();
        engine.close();
        store.close();
        // Only the guest's own disk goes: never --remove-all-storage, which would take the ISO too.
        RealDaemon.removeGuest(name);
    }

    private String uuid() {
        return RealDaemon.virsh("domuuid", name).strip();
    }

    @Test
    void finishCreatesAndStartsTheGuestAndOpensItsConsole() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> gui.services().model().hosts().size() == 1
                && gui.services().engine().session(RealDaemon.URI).isPresent()));
        robot.clickOn("#toolbar-new");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-iso-path").tryQuery().isPresent()));
        wizard.type("#wizard-iso-path", iso.toString());
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.resources(128, 1);
        wizard.choosePool(RealDaemon.POOL);
        wizard.type("#wizard-disk", "1");
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.noNetwork();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-uefi").tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup("#wizard-uefi").queryAs(RadioButton.class).isDisabled()))
                .as("this host has OVMF, so UEFI is offered").isFalse();
        robot.clickOn("#wizard-next");
        wizard.type("#wizard-name", name);
        wizard.awaitNoProblem();
        wizard.finish();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> RealDaemon.virshOk("domstate", name)
                && RealDaemon.virsh("domstate", name).strip().equals("running"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> gui.guestWindows().window(uuid()).isPresent()));
        ConsoleView view = onFx(() -> gui.guestWindows().window(uuid()).orElseThrow().view());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(view::isLive) && colours(view) >= 2);
        assertThat(onFx(() -> gui.services().model().guest(RealDaemon.URI, name).isPresent())).isTrue();
        assertThat(RealDaemon.POOL_DIR.resolve(name + ".qcow2")).exists();
    }

    @Test
    void aNetworkInstallTreeIsRecognisedAndItsInstallerBootsOnceWhileTheGuestKeepsItsDisk(@TempDir Path tree) throws Exception {
        try (InstallTreeServer server = InstallTreeServer.serving(tree)) {
            server.fedoraTree("f37");
            server.checksums("f37", null);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> gui.services().engine().session(RealDaemon.URI).isPresent()));
            robot.clickOn("#toolbar-new");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-source-tree").tryQuery().isPresent()));
            robot.clickOn("#wizard-source-tree");
            wizard.type("#wizard-tree-url", server.url("f37/"));
            wizard.awaitNoProblem();
            assertThat(onFx(() -> robot.lookup("#wizard-detected").queryAs(javafx.scene.control.Label.class).getText()))
                    .as("plain http is a warning, not a refusal").contains("Not https: the installer comes over plain http")
                    .contains("checked against the sha256 sums in .treeinfo");
            robot.clickOn("#wizard-next");
            wizard.awaitNoProblem();
            robot.clickOn("#wizard-next");
            wizard.resources(128, 1);
            wizard.choosePool(RealDaemon.POOL);
            wizard.type("#wizard-disk", "1");
            wizard.awaitNoProblem();
            robot.clickOn("#wizard-next");
            wizard.noNetwork();
            robot.clickOn("#wizard-next");
            wizard.type("#wizard-name", name);
            wizard.awaitNoProblem();
            wizard.finish();

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> RealDaemon.virshOk("domstate", name)
                    && RealDaemon.virsh("domstate", name).strip().equals("running"));
            assertThat(RealDaemon.virsh("dumpxml", name)).contains("inst.repo=" + server.url("f37"))
                    .contains("http://fedoraproject.org/fedora/37");
            assertThat(RealDaemon.virsh("dumpxml", "--inactive", name)).doesNotContain("<kernel>");
        }
    }

    @Test
    void anExistingImageCopiedIntoAPoolBootsWhileTheOriginalStaysAsItWas(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("appliance.qcow2");
        RealDaemon.run("qemu-img", "convert", "-O", "qcow2", iso.toString(), image.toString());
        byte[] before = java.nio.file.Files.readAllBytes(image);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> gui.services().engine().session(RealDaemon.URI).isPresent()));
        robot.clickOn("#toolbar-new");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-source-disk").tryQuery().isPresent()));
        robot.clickOn("#wizard-source-disk");
        robot.clickOn("#wizard-copy-disk");
        wizard.type("#wizard-disk-path", image.toString());
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.resources(128, 1);
        wizard.choosePool(RealDaemon.POOL);
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.noNetwork();
        robot.clickOn("#wizard-next");
        wizard.type("#wizard-name", name);
        wizard.awaitNoProblem();
        wizard.finish();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> RealDaemon.virshOk("domstate", name)
                && RealDaemon.virsh("domstate", name).strip().equals("running"));
        assertThat(RealDaemon.virsh("domblklist", name)).contains(RealDaemon.POOL_DIR.resolve(name + ".qcow2").toString())
                .doesNotContain(image.toString());
        assertThat(java.nio.file.Files.readAllBytes(image)).as("the original is untouched").isEqualTo(before);
    }

    @Test
    void aTemplateSourceAsksOnlyResourcesAndNameAndFinishRunsALinkedClone() throws Exception {
        String template = name + "-tpl";
        try {
            String templateUuid = RealDaemon.defineGuest(template,
                    "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='tplpw-1'/>");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> gui.services().engine().session(RealDaemon.URI)
                    .map(session -> session.inventory().guests().containsKey(templateUuid)).orElse(false)));
            Templates.mark(gui.services().engine().session(RealDaemon.URI).orElseThrow(), templateUuid).get(30, TimeUnit.SECONDS);

            robot.clickOn("#toolbar-new");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-source-template").tryQuery()
                    .map(Node::isDisabled).orElse(true).equals(false)));
            robot.clickOn("#wizard-source-template");
            onFx(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<Templates.Named> templates = robot.lookup("#wizard-template").queryAs(ComboBox.class);
                templates.setValue(templates.getItems().stream().filter(t -> t.name().equals(template)).findFirst().orElseThrow());
                return null;
            });
            wizard.awaitNoProblem();
            robot.clickOn("#wizard-next");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-memory").tryQuery().isPresent()));
            assertThat(onFx(() -> ((Spinner<?>) robot.lookup("#wizard-memory").query()).getEditor().getText()))
                    .as("the template's memory is the default").isEqualTo("128");
            wizard.type("#wizard-memory", "160");
            wizard.awaitNoProblem();
            robot.clickOn("#wizard-next");
            assertThat(onFx(() -> robot.lookup("#wizard-name").tryQuery().isPresent()))
                    .as("storage, network and firmware come with the template: straight to the name").isTrue();
            wizard.type("#wizard-name", name);
            // The template has a VNC password: the new guest needs its own (or none), never the template's.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.problem().startsWith("Type the new guest's VNC password"));
            wizard.type("#" + dev.summit.app.clone.DisplayPasswordChoice.FIELD_ID, "vmpw-2");
            wizard.awaitNoProblem();
            wizard.finish();

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> RealDaemon.virshOk("domstate", name)
                    && RealDaemon.virsh("domstate", name).strip().equals("running"));
            assertThat(RealDaemon.virsh("dominfo", name)).containsPattern("Max memory:\\s+163840 KiB");
            assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", name))
                    .contains("passwd='vmpw-2'").doesNotContain("tplpw-1");
            String overlay = RealDaemon.virsh("domblklist", name).lines().filter(l -> l.strip().startsWith("vda"))
                    .map(l -> l.strip().split("\\s+")[1]).findFirst().orElseThrow();
            assertThat(RealDaemon.run("qemu-img", "info", "-U", overlay))
                    .contains("backing file: " + RealDaemon.POOL_DIR.resolve(template + ".qcow2"));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> gui.guestWindows().window(uuid()).isPresent()));
        } finally {
            if (RealDaemon.virshOk("domstate", name)) {
                String uuid = uuid();
                WaitForAsyncUtils.asyncFx(() -> gui.guestWindows().window(uuid).ifPresent(w -> w.stage().close()));
            }
            RealDaemon.removeAllStartingWith(name);
        }
    }






    private static long colours(ConsoleView view) throws Exception {
        Optional<Screenshot> shot = onFx(view::screenshot);
        return shot.map(s -> Arrays.stream(s.argb(), 0, s.width() * s.height()).distinct().count()).orElse(0L);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
