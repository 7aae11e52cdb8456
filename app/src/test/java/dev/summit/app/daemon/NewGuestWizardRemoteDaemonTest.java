package dev.summit.app.daemon;

import static dev.summit.app.ui.FxWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.ui.SummitOnHost;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * The "done when" on a remote host: the wizard on the second fixture host, reached over
 * TCP, with an ISO that exists only on this machine — uploaded, then the guest runs there.
 */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewGuestWizardRemoteDaemonTest {
    private final String name = "mig-wizr-" + Long.toHexString(System.nanoTime());
    private final FxRobot robot = new FxRobot();
    private final WizardSteps wizard = new WizardSteps(robot);
    private TwoHosts hosts;
    private SummitOnHost summit;
    private SummitGui gui;

    @TempDir
    Path workstation;

    @Start
    void start(Stage stage) throws Exception {
        hosts = TwoHosts.get();
        summit = SummitOnHost.show(stage, "hostB", hosts.tcpB());
        gui = summit.gui();
    }

    @AfterEach
    void stop() throws Exception {
        summit.close();
        hosts.remove(name);
        hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", name + "-media.iso");
    }

    @Test
    void aWorkstationIsoBecomesARunningGuestOnTheRemoteHost() throws Exception {
        Path iso = Files.copy(Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso"), workstation.resolve(name + "-media.iso"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> gui.services().engine().session(hosts.tcpB()).isPresent()
                && gui.services().model().hosts().stream().anyMatch(h -> h.statusProperty().get()
                instanceof dev.summit.connectors.host.HostStatus.Connected)));
        robot.clickOn("hostB");
        robot.clickOn("#toolbar-new");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-iso-path").tryQuery().isPresent()));
        wizard.type("#wizard-iso-path", iso.toString());
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.resources(128, 1);
        wizard.type("#wizard-disk", "1");
        wizard.awaitNoProblem();
        robot.clickOn("#wizard-next");
        wizard.noNetwork();
        robot.clickOn("#wizard-next");
        wizard.type("#wizard-name", name);
        wizard.awaitNoProblem();
        wizard.finish();

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> hosts.virshOk(hosts.uriB(), "domstate", name)
                && hosts.state(hosts.uriB(), name).equals("running"));
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", name)).contains("/var/lib/libvirt/images/" + name + "-media.iso");
        assertThat(Files.mismatch(iso, hosts.localImagesOf(hosts.uriB()).resolve(name + "-media.iso"))).isEqualTo(-1);
    }



}
