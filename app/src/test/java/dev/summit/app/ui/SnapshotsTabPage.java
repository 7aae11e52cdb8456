package dev.summit.app.ui;

import static dev.summit.app.ui.FxWindows.onFx;

import dev.summit.app.guest.snapshots.SnapshotsPane;
import dev.summit.connectors.snapshots.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A guest window's Snapshots tab as a user sees it: the tree, its buttons and the dialogs they open. */
final class SnapshotsTabPage {
    private final FxRobot robot;
    private final String title;

    SnapshotsTabPage(FxRobot robot, String title) {
        this.robot = robot;
        this.title = title;
    }

    private Node root() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow().getScene().getRoot());
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<Snapshot> table() {
        return (TreeTableView<Snapshot>) root().lookup("#" + SnapshotsPane.TREE_ID);
    }

    /** Each row as the Name column shows it, indented two spaces a level: "installed", "  ● patched". */
    List<String> rows() {
        return onFx(() -> {
            List<String> rows = new ArrayList<>();
            TreeItem<Snapshot> top = table().getRoot();
            if (top != null) {
                top.getChildren().forEach(item -> collect(item, 0, rows));
            }
            return rows;
        });
    }

    private static void collect(TreeItem<Snapshot> item, int depth, List<String> rows) {
        Snapshot s = item.getValue();
        rows.add("  ".repeat(depth) + (s.current() ? "● " : "") + s.name());
        item.getChildren().forEach(child -> collect(child, depth + 1, rows));
    }

    String message() {
        return onFx(() -> ((Label) root().lookup("#" + SnapshotsPane.MESSAGE_ID)).getText());
    }

    String description() {
        return onFx(() -> ((TextInputControl) root().lookup("#" + SnapshotsPane.DESCRIPTION_ID)).getText());
    }

    boolean hasThumbnail() {
        return onFx(() -> ((javafx.scene.image.ImageView) root().lookup("#" + SnapshotsPane.THUMBNAIL_ID)).getImage() != null);
    }

    /** Chooses the row of this snapshot by clicking on its name cell. */
    SnapshotsTabPage choose(String name) {
        Node cell = onFx(() -> table().lookupAll(".tree-table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TreeTableCell<?, ?> c && c.getItem() != null
                        && (name.equals(c.getItem()) || ("● " + name).equals(c.getItem())))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name)));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    SnapshotsTabPage press(String buttonId) {
        robot.clickOn(onFx(() -> (Button) root().lookup("#" + buttonId)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Answers the confirmation that revert and delete ask with OK. */
    SnapshotsTabPage confirm() {
        GuestWindowPage.await("the confirmation", () -> onFx(() -> robot.lookup(".snapshot-confirm").tryQuery().isPresent()));
        robot.clickOn(onFx(() -> robot.lookup(".snapshot-confirm .button").match(n -> n instanceof Button b
                && b.isDefaultButton()).queryButton()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Fills the Take Snapshot dialog and presses OK. */
    SnapshotsTabPage take(String name, String description) {
        press(SnapshotsPane.TAKE_ID);
        GuestWindowPage.await("the Take Snapshot dialog", () -> onFx(() -> robot.lookup("#take-snapshot-name").tryQuery().isPresent()));
        robot.clickOn("#take-snapshot-name").write(name);
        robot.clickOn("#take-snapshot-description").write(description);
        robot.clickOn(onFx(() -> robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    SnapshotsTabPage writeDescription(String text) {
        TextInputControl field = onFx(() -> (TextInputControl) root().lookup("#" + SnapshotsPane.DESCRIPTION_ID));
        WaitForAsyncUtils.asyncFx(field::clear);
        robot.clickOn(field).write(text);
        return this;
    }
}
