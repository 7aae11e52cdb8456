package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.guest.details.MemoryPage;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
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

/** A guest's own window on the test driver: its tabs, the Details pages, and a memory change. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GuestWindowUiTest {
    private static final String FUJI_UUID = "7b3c0de0-0000-4000-8000-000000000001";
    private static final String FUJI_WINDOW = "fuji on Test host — Summit";

    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage list = new SummitPage(robot);
    private final GuestWindowPage fuji = new GuestWindowPage(robot, FUJI_WINDOW);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("run-" + System.nanoTime()))).store();
        store.connections().add("Test host", TestDriverHosts.uri("ui-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis(500)));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> gui.guestWindows().window(FUJI_UUID).ifPresent(w -> w.stage().close()));
        WaitForAsyncUtils.waitForFxEvents();
        gui.close();
        engine.close();
        store.close();
    }

    @Test
    void aGuestOpensInOneWindowWithConsoleAndDetailsAndItsOverview() throws Exception {
        list.awaitGuests(6);
        robot.doubleClickOn("fuji");
        fuji.awaitShown();
        assertThat(fuji.tabs()).containsExactly("Console", "Details", "Snapshots");
        assertThat(fuji.selectedTab()).isEqualTo("Console");

        fuji.openTab("Details");
        GuestWindowPage.await("the overview filled", () -> fuji.text("details-uuid").equals(FUJI_UUID));
        assertThat(fuji.text("details-name")).isEqualTo("fuji");
        GuestWindowPage.await("the details read", () -> !fuji.text("details-agent").isEmpty());
        assertThat(fuji.text("details-state")).as("the test driver's own guests start without a reason").isEqualTo("running");
        assertThat(fuji.text("details-agent")).isEqualTo("no channel");
        // Behind the page's back, as another client would: the page hears the change and reads the reason.
        HostSession host = engine.session(TestDriverHosts.uri("ui-host.xml")).orElseThrow();
        GuestActions.perform(host, GuestAction.PAUSE, FUJI_UUID).get(10, TimeUnit.SECONDS);
        GuestWindowPage.await("the pause seen", () -> fuji.text("details-state").equals("paused (user)"));
        GuestActions.perform(host, GuestAction.RESUME, FUJI_UUID).get(10, TimeUnit.SECONDS);
        GuestWindowPage.await("the resume seen", () -> fuji.text("details-state").startsWith("running ("));
        assertThat(fuji.text("details-state")).as("re-read with libvirt's reason").isEqualTo("running (unpaused)");
        GuestWindowPage.await("the hardware listed", () -> fuji.pages().contains("Disk vda"));
        assertThat(fuji.pages()).containsExactly("Overview", "Identity", "Memory", "CPUs", "Disk vda", "CD/DVD sda", "Boot", "Display", "XML", "Add hardware");
        FxWindows.screenshot("guest-window-overview-light");

        list.select("fuji").press("action-open");
        fuji.awaitShown();
        assertThat(fuji.windowCount()).as("opening again raises the one window").isEqualTo(1);
        assertThat(list.guestNames()).as("the main list stays home").hasSize(6);
    }

    @Test
    void memoryOfARunningGuestSaysWhenEachChangeTakesEffect() {
        list.awaitGuests(6);
        robot.doubleClickOn("fuji");
        fuji.awaitShown().openTab("Details").openPage("Memory");
        GuestWindowPage.await("the memory read", () -> fuji.pages().contains("Disk vda"));

        fuji.type(MemoryPage.CURRENT_ID, "1024").press(MemoryPage.APPLY_ID);
        GuestWindowPage.await("the outcome", () -> !fuji.text(MemoryPage.OUTCOME_ID).isEmpty());
        assertThat(fuji.text(MemoryPage.OUTCOME_ID)).isEqualTo("Set current memory to 1024 MiB: applied now and kept for next boot.");
        assertThat(fuji.text(MemoryPage.PENDING_CURRENT_ID)).isEmpty();

        fuji.type(MemoryPage.MAXIMUM_ID, "2560").press(MemoryPage.APPLY_ID);
        GuestWindowPage.await("the next-boot outcome", () -> fuji.text(MemoryPage.OUTCOME_ID).endsWith("applies at next boot."));
        assertThat(fuji.text(MemoryPage.OUTCOME_ID)).isEqualTo("Set maximum memory to 2560 MiB: applies at next boot.");
        GuestWindowPage.await("the pending marker", () -> !fuji.text(MemoryPage.PENDING_MAXIMUM_ID).isEmpty());
        assertThat(fuji.text(MemoryPage.PENDING_MAXIMUM_ID)).isEqualTo("pending — at next boot (running with 2048 MiB)");
        FxWindows.screenshot("guest-window-memory-light");

        fuji.type(MemoryPage.CURRENT_ID, "4096").press(MemoryPage.APPLY_ID);
        GuestWindowPage.await("the refusal", () -> !fuji.text(MemoryPage.PROBLEM_ID).isEmpty());
        assertThat(fuji.text(MemoryPage.PROBLEM_ID)).isEqualTo("Current memory 4096 MiB is above the maximum, 2560 MiB.");
        assertThat(fuji.text(MemoryPage.OUTCOME_ID)).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("guest-window-memory-dark");
        fuji.openPage("Overview");
        WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS);
        FxWindows.screenshot("guest-window-overview-dark");
    }

    @Test
    void theReadOnlyPagesShowWhatTheDefinitionSays() {
        list.awaitGuests(6);
        robot.doubleClickOn("fuji");
        fuji.awaitShown();
        FxWindows.screenshot("guest-window-console-light");
        fuji.openTab("Details").openPage("Disk vda");
        GuestWindowPage.await("the disk page", () -> fuji.text("details-disk-source").endsWith("fuji.qcow2"));
        assertThat(fuji.text("details-disk-source")).isEqualTo("/var/lib/libvirt/images/fuji.qcow2");
        assertThat(fuji.text("details-disk-bus")).isEqualTo("virtio");
        fuji.openPage("CD/DVD sda");
        assertThat(fuji.text("details-cdrom-media")).isEqualTo("/var/lib/libvirt/images/debian.iso");
        fuji.openPage("CPUs");
        assertThat(fuji.text("details-vcpus")).isEqualTo("2");
        FxWindows.screenshot("guest-window-cpus-light");
        fuji.openPage("Boot");
        assertThat(FxWindows.onFx(() -> robot.lookup("#" + dev.summit.app.guest.details.BootPage.ORDER_ID)
                .queryAs(org.controlsfx.control.CheckListView.class).getCheckModel().getCheckedItems()))
                .as("libvirt boots the first disk when the definition names no order").containsExactly("Disk vda");
        FxWindows.screenshot("guest-window-boot-light");
        fuji.openPage("XML");
        String xml = FxWindows.onFx(() -> robot.lookup("#" + dev.summit.app.guest.details.XmlPage.TEXT_ID)
                .queryAs(javafx.scene.control.TextArea.class).getText());
        assertThat(xml).contains("<name>fuji</name>").contains("fuji.qcow2");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("guest-window-xml-dark");
        fuji.openPage("Disk vda");
        FxWindows.screenshot("guest-window-disk-dark");
    }
}
