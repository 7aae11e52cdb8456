package dev.summit.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TinyLinuxGuest;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tiny Linux guest on the real libvirtd: its leased address in the list's IP column and on its Overview. */
@Tag("daemon")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OverviewDaemonUiTest {
    private static final String PREFIX = "summit-test-ov-ui-";

    private final String name = PREFIX + Long.toHexString(System.nanoTime());
    private final FxRobot robot = new FxRobot();
    private final SummitPage list = new SummitPage(robot);
    private final GuestWindowPage window = new GuestWindowPage(robot, name + " on Local — Summit");
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        TinyLinuxGuest.define(name);
        RealDaemon.virsh("start", name);
        store = SummitStore.inMemory();
        store.connections().add("Local", RealDaemon.URI, true);
        engine = new HostEngine(EngineSettings.DEFAULT);
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        gui.close();
        engine.close();
        store.close();
        RealDaemon.removeAllStartingWith(PREFIX);
    }

    private String listedAddress() {
        return FxWindows.onFx(() -> gui.model().host(RealDaemon.URI).map(HostRow::guests)
                .flatMap(rows -> rows.stream().filter(r -> r.toString().equals(name)).findFirst())
                .map(GuestRow::ipv4Property).map(p -> p.get()).orElse(""));
    }

    @Test
    void theLeasedAddressShowsInTheListAndOnTheOverviewWithItsNetwork() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(name).tryQuery().isPresent());
        robot.clickOn("View").clickOn("IP Address Column");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> listedAddress().startsWith("192.168.122."));
        String address = listedAddress();
        assertThat(RealDaemon.virsh("net-dhcp-leases", "default")).contains(address + "/24");
        FxWindows.screenshot("main-window-ip-column-daemon");

        FxWindows.doubleClickUntil(robot, () -> FxWindows.awaitVisible(robot, name), "the guest's window",
                () -> window.windowCount() == 1);
        window.openTab("Details");
        GuestWindowPage.await("the lease on the Overview", () -> window.text("details-addresses").contains(address));
        assertThat(window.text("details-addresses")).contains(address + "/24 — DHCP lease of network default");
        assertThat(window.text("details-state")).isEqualTo("running (booted)");
        assertThat(window.text("details-agent")).isEqualTo("not connected");
        String uuid = RealDaemon.virsh("domuuid", name).strip();
        DaemonGui.awaitLong("three statistics samples for the Overview's graphs",
                () -> engine.session(RealDaemon.URI).orElseThrow().history(uuid).size() >= 3);
        FxWindows.screenshot("guest-window-overview-daemon-light");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        FxWindows.screenshot("guest-window-overview-daemon-dark");
    }
}
