package dev.summit.app.ui;

import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.GuestTable;
import dev.summit.app.vmlist.HostRow;
import dev.summit.app.vmlist.ListRow;
import dev.summit.app.vmlist.MainWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user sees it: what the tests read and click, in one place. */
final class SummitPage {
    private final FxRobot robot;

    SummitPage(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<ListRow> table() {
        return robot.lookup("#" + GuestTable.ID).queryAs(TreeTableView.class);
    }

    /** Guest names as listed now, host by host, in display order. */
    List<String> guestNames() {
        return onFx(() -> {
            List<String> names = new ArrayList<>();
            for (TreeItem<ListRow> host : table().getRoot().getChildren()) {
                host.getChildren().forEach(item -> names.add(item.getValue().nameProperty().get()));
            }
            return names;
        });
    }

    List<String> hostLines() {
        return onFx(() -> table().getRoot().getChildren().stream()
                .map(item -> item.getValue().nameProperty().get() + ": "
                        + ((HostRow) item.getValue()).statusProperty().get().describe()).toList());
    }

    String stateOf(String guest) {
        return onFx(() -> row(guest).stateProperty().get().label());
    }

    /** The words in the guest's State cell: "Template", "Shut off (saved)"… */
    String shownState(String guest) {
        return onFx(() -> row(guest).stateLabelProperty().get());
    }

    SummitPage select(String guest) {
        robot.clickOn(guest);
        return this;
    }

    SummitPage press(String actionId) {
        robot.clickOn("#" + actionId);
        return this;
    }

    boolean isEnabled(String actionId) {
        return onFx(() -> !robot.lookup("#" + actionId).query().isDisabled());
    }

    SummitPage filter(String text) {
        robot.clickOn("#" + MainWindow.FILTER_ID).eraseText(20).write(text);
        return this;
    }

    /** The message above the list, "" when none is shown. */
    String notification() {
        return onFx(() -> robot.lookup("#message").queryAs(Label.class).getText());
    }

    String statusLine() {
        return onFx(() -> robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
    }

    void awaitGuests(int count) {
        await("" + count + " guests listed", () -> guestNames().size() == count);
    }

    void awaitState(String guest, String state) {
        await(guest + " " + state, () -> {
            GuestRow row = onFx(() -> findRow(guest));
            return row != null && state.equals(stateOf(guest));
        });
    }

    void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; guests: " + guestNames(), e);
        }
    }

    private GuestRow row(String guest) {
        GuestRow row = findRow(guest);
        if (row == null) {
            throw new AssertionError("no row for " + guest);
        }
        return row;
    }

    private GuestRow findRow(String guest) {
        for (TreeItem<ListRow> host : table().getRoot().getChildren()) {
            for (TreeItem<ListRow> item : host.getChildren()) {
                if (item.getValue() instanceof GuestRow row && row.nameProperty().get().equals(guest)) {
                    return row;
                }
            }
        }
        return null;
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
