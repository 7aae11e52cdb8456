package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.guest.details.CpuPage;
import dev.summit.app.guest.details.XmlPage;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The Details pages' changes on the test driver: running 'fuji' for what a running guest takes
 * (vCPUs, a refused grow, XML), shut-off 'denali' for added devices (the test driver attaches
 * nothing live).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GuestWindowEditUiTest {
    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage list = new SummitPage(robot);
    private final GuestWindowPage fuji = new GuestWindowPage(robot, "fuji on Test host — Summit");
    private final GuestWindowPage denali = new GuestWindowPage(robot, "denali on Test host — Summit");
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
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().contains(" on Test host")).toList().forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
        gui.close();
        engine.close();
        store.close();
    }

    private GuestWindowPage open(String name, GuestWindowPage window) {
        list.awaitGuests(6);
        robot.doubleClickOn(name);
        window.awaitShown().openTab("Details");
        GuestWindowPage.await("the definition read", () -> window.pages().contains("Add hardware") && !window.text("details-vcpus").equals("—"));
        return window;
    }

    @Test
    void fewerVcpusOnTheRunningGuestSayTheyApplyNowAndStay() {
        open("fuji", fuji).openPage("CPUs");
        GuestWindowPage.await("the CPUs read", () -> fuji.text("details-vcpus").equals("2"));
        fuji.type(CpuPage.CURRENT_ID, "1").press(CpuPage.APPLY_VCPUS_ID);
        GuestWindowPage.await("the outcome", () -> !fuji.text(CpuPage.OUTCOME_ID).isEmpty() || !fuji.text(CpuPage.PROBLEM_ID).isEmpty());
        assertThat(fuji.text(CpuPage.PROBLEM_ID)).isEmpty();
        assertThat(fuji.text(CpuPage.OUTCOME_ID)).isEqualTo("Set vCPUs to 1: applied now and kept for next boot.");
        GuestWindowPage.await("the facts re-read", () -> fuji.text("details-vcpus").equals("1 of at most 2"));
        FxWindows.screenshot("guest-window-cpus-edit-light");
        WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("guest-window-cpus-edit-dark");
    }

    @Test
    void growingTheDiskToLessThanItIsIsRefusedOnThePage() {
        open("fuji", fuji).openPage("Disk vda");
        fuji.fill("disk-vda-size", "5").press("disk-vda-grow");
        GuestWindowPage.await("the refusal", () -> !fuji.text("disk-vda-problem").isEmpty());
        assertThat(fuji.text("disk-vda-problem")).startsWith("Will not shrink vda: it is 10");
        assertThat(fuji.text("disk-vda-outcome")).isEmpty();
        FxWindows.screenshot("guest-window-disk-edit-light");
    }

    @Test
    void aNewVolumeAndANicAddedToAShutOffGuestGetTheirPages() {
        open("denali", denali).openPage("Add hardware");
        denali.fill("add-disk-name", "summit-test-pages-ui.qcow2").fill("add-disk-size", "3").press("add-disk");
        GuestWindowPage.await("the disk outcome", () -> !denali.text("add-disk-outcome").isEmpty() || !denali.text("add-disk-problem").isEmpty());
        assertThat(denali.text("add-disk-problem")).isEmpty();
        assertThat(denali.text("add-disk-outcome"))
                .isEqualTo("Add a virtio disk on a new 3 GiB qcow2 volume summit-test-pages-ui.qcow2 in pool default: applies at next boot.");
        GuestWindowPage.await("the disk's page", () -> denali.pages().contains("Disk vda"));

        denali.choose("add-nic-type", "bridge").fill("add-nic-source", "br0").fill("add-nic-mac", "52:54:00:aa:bb:02").press("add-nic");
        GuestWindowPage.await("the NIC outcome", () -> !denali.text("add-nic-outcome").isEmpty() || !denali.text("add-nic-problem").isEmpty());
        assertThat(denali.text("add-nic-problem")).isEmpty();
        assertThat(denali.text("add-nic-outcome")).endsWith(": applies at next boot.");
        GuestWindowPage.await("the NIC's page", () -> denali.pages().contains("NIC aa:bb:02"));
        FxWindows.screenshot("guest-window-add-hardware-light");
        denali.openPage("NIC aa:bb:02");
        assertThat(denali.text("details-nic-source")).isEqualTo("bridge br0");
    }

    @Test
    void aTitleTypedIntoTheXmlIsShownAsADiffThenDefined() {
        open("fuji", fuji).openPage("XML");
        fuji.paste(XmlPage.TEXT_ID, xml -> xml.replace("<name>fuji</name>", "<name>fuji</name>\n  <title>Fuji the first</title>"))
                .press(XmlPage.REVIEW_ID);
        assertThat(fuji.fieldText(XmlPage.DIFF_ID)).contains("+  <title>Fuji the first</title>");
        fuji.press(XmlPage.APPLY_ID);
        GuestWindowPage.await("the outcome", () -> !fuji.text(XmlPage.OUTCOME_ID).isEmpty() || !fuji.text(XmlPage.PROBLEM_ID).isEmpty());
        assertThat(fuji.text(XmlPage.PROBLEM_ID)).isEmpty();
        assertThat(fuji.text(XmlPage.OUTCOME_ID)).isEqualTo("Replace the definition with edited XML: applies at next boot.");
        FxWindows.screenshot("guest-window-xml-edit-light");
        fuji.openPage("Identity");
        GuestWindowPage.await("the title re-read", () -> fuji.fieldText("identity-title").equals("Fuji the first"));
    }

    @Test
    void thePagesShowTheirControlsFilledFromTheDefinitionInLightAndDark() {
        open("fuji", fuji).openPage("Identity");
        GuestWindowPage.await("the name", () -> fuji.fieldText("identity-name").equals("fuji"));
        assertThat(onFx(() -> robot.lookup("#identity-name").query().isDisabled())).as("a running guest keeps its name").isTrue();
        fuji.press("identity-rename");
        GuestWindowPage.await("the refusal", () -> !fuji.text("identity-problem").isEmpty());
        assertThat(fuji.text("identity-problem")).startsWith("Shut the guest off to rename it");
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            WaitForAsyncUtils.asyncFx(() -> gui.theme().choiceProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            String shade = theme == ThemeChoice.LIGHT ? "light" : "dark";
            for (String page : new String[] {"Identity", "CD/DVD sda", "NIC", "Boot", "Display", "Disk vda", "CPUs"}) {
                if (page.equals("NIC")) {
                    continue; // fuji has none; the Add hardware test looks at a NIC's page
                }
                fuji.openPage(page);
                WaitForAsyncUtils.waitForFxEvents();
                FxWindows.screenshot("guest-window-" + page.toLowerCase().replaceAll("[^a-z]+", "-") + "-" + shade);
            }
        }
        fuji.openPage("CD/DVD sda");
        assertThat(fuji.text("details-cdrom-media")).isEqualTo("/var/lib/libvirt/images/debian.iso");
        fuji.openPage("Display");
        assertThat(fuji.fieldText(dev.summit.app.guest.details.DisplayPage.PASSWORD_ID)).isEmpty();
        fuji.openPage("Boot");
        fuji.press(dev.summit.app.guest.details.BootPage.MENU_ID).press(dev.summit.app.guest.details.BootPage.APPLY_ID);
        GuestWindowPage.await("the boot outcome", () -> !fuji.text("boot-outcome").isEmpty() || !fuji.text("boot-problem").isEmpty());
        assertThat(fuji.text("boot-problem")).isEmpty();
        assertThat(fuji.text("boot-outcome")).endsWith(": applies at next boot.");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        return FxWindows.onFx(call);
    }
}
