package dev.summit.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.app.clone.CloneFeature;
import dev.summit.app.vmlist.GuestRow;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A template in the list is marked as one and cannot be started (Start greyed, with the reason as its
 * tooltip; New Guest from Template… offered instead), and a saved guest reads "Shut off (saved)" in
 * the list and its window's Overview, as {@code summit list} says it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TemplateRowsUiTest {
    private final FxRobot robot = new FxRobot();
    private final SummitPage list = new SummitPage(robot);
    private SummitOnHost summit;

    @Start
    void start(Stage stage) throws Exception {
        summit = SummitOnHost.show(stage, "Templates", TestDriverHosts.uri("templates-host.xml"));
    }

    @AfterEach
    void stop() {
        summit.close();
    }

    @Test
    void aTemplateIsMarkedItsStartIsGreyedOutSayingWhyAndANewGuestFromItIsOffered() {
        list.awaitGuests(2);

        assertThat(list.shownState("everest-tpl")).isEqualTo("Template");
        assertThat(robot.lookup(".state-template").queryAll()).as("its own icon").hasSize(1);
        list.select("everest-tpl");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.isEnabled("action-start")).isFalse();
        assertThat(startTooltip()).contains(GuestRow.TEMPLATE_NEVER_STARTS);
        FxWindows.screenshot("template-row-light");

        robot.rightClickOn("everest-tpl");
        Node offer = robot.lookup("#context-" + CloneFeature.NEW_FROM_TEMPLATE).query();
        assertThat(offer).isNotNull();
        robot.clickOn("New Guest from Template…");
        list.await("the clone dialog for the template", () -> FxWindows.onFx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Clone everest-tpl".equals(s.getTitle()))));
        FxWindows.onFx(() -> {
            robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && "Clone everest-tpl".equals(s.getTitle()))
                    .forEach(w -> ((Stage) w).close());
            return null;
        });

        list.select("lhotse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.isEnabled("action-start")).as("a running guest").isFalse();
        assertThat(startTooltip()).doesNotContain("template");

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".state-template").queryAll()).as("the icon in the dark theme too").hasSize(1);
        FxWindows.screenshot("template-row-dark");
    }

    @Test
    void aGuestSavedToDiskReadsShutOffSaved() {
        list.awaitGuests(2);
        list.select("lhotse").press("action-save");

        list.await("lhotse saved", () -> "Shut off (saved)".equals(list.shownState("lhotse")));
        assertThat(list.isEnabled("action-start")).as("starting restores it").isTrue();
        FxWindows.screenshot("saved-row-light");

        robot.doubleClickOn("lhotse");
        GuestWindowPage window = new GuestWindowPage(robot, "lhotse on Templates — Summit").awaitShown();
        window.openTab("Details").openPage("Overview");
        GuestWindowPage.await("the Overview's state", () -> window.text("details-state").equals("shut off (saved)"));
        window.close();
    }

    private String startTooltip() {
        return FxWindows.onFx(() -> {
            Node holder = robot.lookup("#action-start").query().getParent();
            return holder.getProperties().values().stream().filter(Tooltip.class::isInstance)
                    .map(t -> ((Tooltip) t).getText()).findFirst().orElse("");
        });
    }
}
