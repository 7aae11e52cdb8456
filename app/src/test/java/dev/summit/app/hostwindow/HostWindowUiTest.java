package dev.summit.app.hostwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.storage.StoragePane;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.network.NetworkUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * The host window on the test driver: opened from the host heading's context menu and raised by
 * File → Host Details…; its Overview facts and graphs; its Networks with the guest using one, a
 * refused delete naming it, and a new network made through the dialog after a refused subnet.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HostWindowUiTest {
    private static final String HOST = "Host window host";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("data"))).store();
        store.connections().add(HOST, TestDriverHosts.uri("host-window.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis(500)));
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
    void overviewNetworksAndANewNetworkThroughTheDialog() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxWindows.onFx(() -> gui.services().model().hosts().stream()
                .anyMatch(h -> !h.guests().isEmpty())));
        robot.rightClickOn(HOST).clickOn("Host Details…");
        HostWindowPage page = HostWindowPage.await(robot, HOST);

        assertThat(page.fact("hypervisor")).startsWith("TEST ").as("the test driver names itself");
        assertThat(page.fact("topology")).endsWith("= 16 CPUs");
        assertThat(page.fact("memory")).isNotBlank();
        assertThat(page.fact("kvm")).startsWith("no");
        assertThat(page.hasGraph("host-graph-cpu")).isTrue();
        assertThat(page.hasGraph("host-graph-memory")).isTrue();
        HostWindowPage.await("host samples for the graphs", () -> engine.session(TestDriverHosts.uri("host-window.xml"))
                .orElseThrow().hostHistory().size() >= 2);
        FxWindows.screenshot("host-window-overview-light");

        FxWindows.onFx(() -> {
            gui.window().stage().toFront();
            return null;
        });
        robot.clickOn(HOST).clickOn("File").clickOn("Host Details…");
        HostWindowPage again = HostWindowPage.await(robot, HOST);
        assertThat(again.stage()).as("opening again raises the same window").isSameAs(page.stage());

        assertThat(page.has(StoragePane.ID)).as("the Storage tab is built when first chosen").isFalse();
        page.tab("Networks").awaitNetworks("the networks", () -> page.networkNames().size() == 2);
        assertThat(page.networkNames()).containsExactly("hostnet-lan", "hostnet-quiet");
        assertThat(page.network("hostnet-lan").users()).containsExactly(new NetworkUser("kita", true));
        assertThat(page.network("hostnet-lan").definition().dhcp()).hasToString("192.168.150.100-192.168.150.199");

        page.selectNetwork("hostnet-lan");
        HostWindowPage.await("the lease note", () -> page.leaseNote().contains("does not report DHCP leases"));
        page.press("net-stop");
        HostWindowPage.await("the stop refused", () -> page.status().contains("kita"));
        assertThat(page.status()).contains("was not stopped: running guest kita uses it");
        assertThat(page.network("hostnet-lan").active()).isTrue();
        page.press("net-delete");
        HostWindowPage.await("the refusal", () -> page.status().contains("was not deleted"));
        assertThat(page.status()).contains("was not deleted: running guest kita uses it");
        assertThat(page.networkNames()).contains("hostnet-lan");

        page.press("net-new").fill("net-name", "hostnet-new").fill("net-ipv4", "192.168.150.0/25");
        page.press("net-create");
        HostWindowPage.await("the overlap refused", () -> page.dialogProblem().contains("overlaps"));
        assertThat(page.dialogProblem()).contains("192.168.150.0/24 of network 'hostnet-lan'");
        assertThat(page.networkNames()).doesNotContain("hostnet-new");

        page.fill("net-ipv4", "10.252.60.0/24");
        assertThat(page.fieldText("net-dhcp-first")).isEqualTo("10.252.60.2");
        assertThat(page.fieldText("net-dhcp-last")).isEqualTo("10.252.60.254");
        FxWindows.screenshot("host-window-new-network-light");
        page.press("net-create");
        HostWindowPage.await("the new network listed", () -> page.networkNames().contains("hostnet-new"));
        HostWindowPage.await("the dialog closed", () -> !page.dialogShowing());
        assertThat(page.network("hostnet-new").active()).isTrue();
        assertThat(page.network("hostnet-new").definition().subnets()).isEqualTo("10.252.60.0/24");

        FxWindows.onFx(() -> {
            gui.theme().choiceProperty().set(ThemeChoice.DARK);
            return null;
        });
        page.tab("Overview");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        FxWindows.screenshot("host-window-overview-dark");
        page.tab("Networks");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        FxWindows.screenshot("host-window-networks-dark");
        page.tab("Storage");
        HostWindowPage.await("the storage tab read", () -> page.storagePools().startsWith("No storage pools"));
        page.tab("Interfaces");
        HostWindowPage.await("the interfaces", () -> !page.interfaces().isEmpty());
        assertThat(page.interfaces()).containsExactly("eth1 ethernet 192.168.0.5/24");
        FxWindows.screenshot("host-window-interfaces-dark");
    }
}
