package dev.summit.app.hostwindow;

import dev.summit.app.ui.FxWindows;
import dev.summit.connectors.network.NetworkSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The host window as a user sees it: its tabs, the networks table and the New Network dialog. */
final class HostWindowPage {
    private final FxRobot robot;
    private final Node root;

    private HostWindowPage(FxRobot robot, Node root) {
        this.robot = robot;
        this.root = root;
    }

    /** The host's window once it shows. */
    static HostWindowPage await(FxRobot robot, String hostName) throws Exception {
        return new HostWindowPage(robot, FxWindows.awaitWindow(robot, HostWindow.title(hostName)));
    }

    Stage stage() {
        return (Stage) FxWindows.onFx(() -> root.getScene().getWindow());
    }

    /** Clicks a tab's header (a page's own heading may carry the same words, so the header is looked up). */
    HostWindowPage tab(String tabText) {
        Node header = FxWindows.onFx(() -> root.lookupAll(".tab").stream()
                .filter(n -> n.lookup(".tab-label") instanceof javafx.scene.control.Labeled l && tabText.equals(l.getText()))
                .findFirst().orElseThrow());
        robot.clickOn(header);
        return this;
    }

    /** An Overview fact ("hypervisor", "topology"…) once it has been read. */
    String fact(String id) throws Exception {
        // The Overview shows its facts a pulse after the window: absent until then, "—" until read.
        await("the overview's " + id, () -> root.lookup("#details-" + id) instanceof Label fact && !"—".equals(fact.getText()));
        return FxWindows.onFx(() -> ((Label) root.lookup("#details-" + id)).getText());
    }

    boolean hasGraph(String id) {
        return has(id);
    }

    /** Whether the window holds a node with this id (a tab's content exists only once the tab was chosen). */
    boolean has(String id) {
        return FxWindows.onFx(() -> root.lookup("#" + id) != null);
    }

    /** What the Storage tab's pool table says while it lists no pool. */
    String storagePools() {
        return FxWindows.onFx(() -> ((Label) ((TableView<?>) root.lookup("#storage-pools")).getPlaceholder()).getText());
    }

    @SuppressWarnings("unchecked")
    private TableView<NetworkSummary> networksTable() {
        return (TableView<NetworkSummary>) root.lookup("#" + NetworksPane.TABLE_ID);
    }

    List<String> networkNames() {
        return FxWindows.onFx(() -> networksTable().getItems().stream().map(NetworkSummary::name).toList());
    }

    NetworkSummary network(String name) {
        return FxWindows.onFx(() -> networksTable().getItems().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow());
    }

    HostWindowPage awaitNetworks(String what, Callable<Boolean> condition) throws Exception {
        await(what, condition);
        return this;
    }

    HostWindowPage selectNetwork(String name) {
        robot.clickOn(name);
        return this;
    }

    HostWindowPage press(String id) {
        robot.clickOn("#" + id);
        return this;
    }

    /** What the leases table says when it lists none. */
    String leaseNote() {
        return FxWindows.onFx(() -> ((Label) ((TableView<?>) root.lookup("#" + NetworksPane.LEASES_ID)).getPlaceholder()).getText());
    }

    /** The Interfaces tab's rows as "name type addresses". */
    List<String> interfaces() {
        return FxWindows.onFx(() -> ((TableView<?>) root.lookup("#" + InterfacesPane.TABLE_ID)).getItems().stream()
                .map(i -> (dev.summit.connectors.network.HostInterface) i)
                .map(i -> i.name() + " " + i.type() + " " + String.join(",", i.addresses())).toList());
    }

    String status() {
        return FxWindows.onFx(() -> ((Label) root.lookup("#" + NetworksPane.STATUS_ID)).getText());
    }

    /** Types into a field of the New Network dialog, replacing what it held. */
    HostWindowPage fill(String fieldId, String text) throws Exception {
        // The dialog a click opened may be a pulse or two from showing on a busy machine.
        await("the field " + fieldId, () -> robot.lookup("#" + fieldId).tryQuery().isPresent());
        robot.doubleClickOn("#" + fieldId).eraseText(40).write(text);
        return this;
    }

    String dialogProblem() {
        return FxWindows.onFx(() -> robot.lookup("#" + NewNetworkDialog.PROBLEM_ID).queryAs(Label.class).getText());
    }

    String fieldText(String fieldId) {
        return FxWindows.onFx(() -> robot.lookup("#" + fieldId).queryAs(javafx.scene.control.TextField.class).getText());
    }

    boolean dialogShowing() {
        return FxWindows.onFx(() -> !robot.lookup("#new-network-dialog").queryAll().isEmpty()
                && robot.lookup("#new-network-dialog").query().getScene().getWindow().isShowing());
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        FxWindows.await(what, Duration.ofMinutes(1), () -> FxWindows.onFx(condition));
    }
}
