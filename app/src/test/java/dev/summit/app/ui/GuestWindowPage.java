package dev.summit.app.ui;

import static dev.summit.app.ui.FxWindows.onFx;

import dev.summit.app.guest.GuestWindow;
import dev.summit.app.guest.details.DetailsPane;
import dev.summit.app.guest.details.DetailsPage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** One guest's window as a user sees it: its tabs, the Details list and the fields of a page. */
final class GuestWindowPage {
    private final FxRobot robot;
    private final String title;

    /** @param title the window's title: "fuji on Test host — Summit" */
    GuestWindowPage(FxRobot robot, String title) {
        this.robot = robot;
        this.title = title;
    }

    /** How many showing windows have this title (one per guest, however often it is opened). */
    long windowCount() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()).count());
    }

    GuestWindowPage awaitShown() {
        await("the window '" + title + "'", () -> windowCount() == 1);
        return this;
    }

    private Node root() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow().getScene().getRoot());
    }

    List<String> tabs() {
        return onFx(() -> ((TabPane) root().lookup("#" + GuestWindow.TABS_ID)).getTabs().stream().map(Tab::getText).toList());
    }

    String selectedTab() {
        return onFx(() -> ((TabPane) root().lookup("#" + GuestWindow.TABS_ID)).getSelectionModel().getSelectedItem().getText());
    }

    GuestWindowPage openTab(String name) {
        robot.clickOn(robot.from(root()).lookup(".tab-label").match(n -> n instanceof Label l && name.equals(l.getText()))
                .queryAs(Label.class));
        return this;
    }

    @SuppressWarnings("unchecked")
    private ListView<DetailsPage> pageList() {
        return (ListView<DetailsPage>) root().lookup("#" + DetailsPane.LIST_ID);
    }

    /** The Details list's entries as labelled. */
    List<String> pages() {
        return onFx(() -> pageList().getItems().stream().map(DetailsPage::label).toList());
    }

    GuestWindowPage openPage(String label) {
        await("the page '" + label + "' listed", () -> pages().contains(label));
        robot.clickOn(robot.from(pageList()).lookup(".list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && label.equals(c.getText())).<Node>query());
        await("the page '" + label + "' shown", () -> onFx(() -> {
            DetailsPage chosen = pageList().getSelectionModel().getSelectedItem();
            return chosen != null && label.equals(chosen.label()) && chosen.node().getScene() != null;
        }));
        return this;
    }

    /** A value shown on the page, by its id ("details-uuid"); "" when it is not on screen. */
    String text(String id) {
        return onFx(() -> {
            Node node = root().lookup("#" + id);
            return node instanceof Label l && node.isVisible() ? l.getText() : "";
        });
    }

    /** Types into a spinner as a user does: select what is there, write the new amount. */
    GuestWindowPage type(String spinnerId, String text) {
        Node editor = onFx(() -> ((Spinner<?>) root().lookup("#" + spinnerId)).getEditor());
        robot.doubleClickOn(editor).write(text);
        return this;
    }

    GuestWindowPage press(String buttonId) {
        Node button = onFx(() -> root().lookup("#" + buttonId));
        scrollTo(button);
        robot.clickOn(button);
        return this;
    }

    /** Types into a text field as a user does: select what is there, write over it. */
    GuestWindowPage fill(String fieldId, String text) {
        Node field = onFx(() -> root().lookup("#" + fieldId));
        scrollTo(field);
        robot.clickOn(field);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        robot.write(text);
        return this;
    }

    /** Replaces a text area's whole text, as pasting over a selection of all of it does. */
    GuestWindowPage paste(String areaId, java.util.function.UnaryOperator<String> edit) {
        await("#" + areaId + " shown", () -> onFx(() -> root().lookup("#" + areaId) != null));
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.TextInputControl area = (javafx.scene.control.TextInputControl) root().lookup("#" + areaId);
            area.setText(edit.apply(area.getText()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Chooses a value of a choice box or combo box. */
    @SuppressWarnings("unchecked")
    GuestWindowPage choose(String id, String value) {
        WaitForAsyncUtils.asyncFx(() -> {
            Node node = root().lookup("#" + id);
            if (node instanceof javafx.scene.control.ComboBox<?> combo) {
                ((javafx.scene.control.ComboBox<String>) combo).setValue(value);
            } else {
                ((javafx.scene.control.ChoiceBox<String>) node).setValue(value);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** A text area's or text field's text, by id. */
    String fieldText(String id) {
        return onFx(() -> ((javafx.scene.control.TextInputControl) root().lookup("#" + id)).getText());
    }

    /** Scrolls the page so the node is in view, as a user would before clicking it. */
    private void scrollTo(Node node) {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ScrollPane scroll) {
                    double content = scroll.getContent().getBoundsInLocal().getHeight();
                    double view = scroll.getViewportBounds().getHeight();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    scroll.setVvalue(content <= view ? 0 : Math.max(0, Math.min(1, (y - view / 3) / (content - view))));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        WaitForAsyncUtils.asyncFx(() -> ((Stage) root().getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void await(String what, Callable<Boolean> condition) {
        FxWindows.await(what, Duration.ofMinutes(1), condition);
    }
}
