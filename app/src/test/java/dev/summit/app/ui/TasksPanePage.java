package dev.summit.app.ui;

import static dev.summit.app.ui.SummitPage.onFx;

import dev.summit.app.tasks.log.TaskRow;
import dev.summit.app.tasks.log.TasksFeature;
import dev.summit.app.tasks.log.TasksPane;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;

/** The Tasks pane under the guest list, as a user reads and clicks it. */
final class TasksPanePage {
    private final FxRobot robot;

    TasksPanePage(FxRobot robot) {
        this.robot = robot;
    }

    /** One line as the columns show it: "operation | guest / host | status | message". */
    List<String> lines() {
        return onFx(() -> table().getItems().stream()
                .map(row -> row.record().operation() + " | " + row.record().guestName() + " | " + row.status() + " | "
                        + row.message()).toList());
    }

    String lineFor(String operation) {
        return lines().stream().filter(l -> l.startsWith(operation + " |")).findFirst().orElse("");
    }

    void awaitLine(String operation, String containing) {
        await(operation + " listed with '" + containing + "'", () -> lineFor(operation).contains(containing));
    }

    TasksPanePage select(String operation) {
        int index = onFx(() -> {
            List<TaskRow> items = table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).record().operation().equals(operation)) {
                    return i;
                }
            }
            throw new AssertionError("no task " + operation + " in " + lines());
        });
        onFx(() -> {
            table().getSelectionModel().clearAndSelect(index);
            table().scrollTo(index);
            return null;
        });
        return this;
    }

    boolean cancelEnabled() {
        return onFx(() -> !robot.lookup("#" + TasksPane.CANCEL_ID).queryAs(ButtonBase.class).isDisabled());
    }

    void cancel() {
        robot.clickOn("#" + TasksPane.CANCEL_ID);
    }

    /** Double-clicks the selected row and returns the text of the details window it opens. */
    String openDetails() {
        javafx.scene.Node selected = onFx(() -> robot.lookup("#" + TasksPane.TABLE_ID).lookup(".table-row-cell").queryAll()
                .stream().filter(n -> ((javafx.scene.control.TableRow<?>) n).isSelected()).findFirst()
                .orElseThrow(() -> new AssertionError("no selected task row")));
        robot.doubleClickOn(selected, MouseButton.PRIMARY);
        await("the details window", () -> robot.lookup("#task-details-text").tryQuery().isPresent());
        return onFx(() -> robot.lookup("#task-details-text").queryAs(TextArea.class).getText());
    }

    boolean shown() {
        return onFx(() -> robot.lookup("#" + TasksPane.PANE_ID).tryQuery().map(n -> n.getScene() != null).orElse(false));
    }

    double height() {
        return onFx(() -> robot.lookup("#" + TasksPane.PANE_ID).query().getBoundsInLocal().getHeight());
    }

    /** Drags the divider between the guest list and the pane; up (negative) makes the pane taller. */
    void dragDividerBy(double dy) {
        javafx.scene.Node divider = robot.lookup(".split-pane-divider").query();
        robot.drag(divider, MouseButton.PRIMARY).dropBy(0, dy);
    }

    void toggleFromStatusLine() {
        robot.clickOn("#" + TasksFeature.TOGGLE_ID);
    }

    String toggleText() {
        return onFx(() -> robot.lookup("#" + TasksFeature.TOGGLE_ID).queryAs(ToggleButton.class).getText());
    }

    /** Whether the status line's Tasks toggle is on (the pane shown or about to be). */
    boolean toggleSelected() {
        return onFx(() -> robot.lookup("#" + TasksFeature.TOGGLE_ID).queryAs(ToggleButton.class).isSelected());
    }

    static void await(String what, Callable<Boolean> condition) {
        FxWindows.await(what, Duration.ofMinutes(1), condition);
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> table() {
        return robot.lookup("#" + TasksPane.TABLE_ID).queryAs(TableView.class);
    }
}
