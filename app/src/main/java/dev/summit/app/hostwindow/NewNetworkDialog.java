package dev.summit.app.hostwindow;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.network.Ipv4Subnet;
import dev.summit.connectors.network.NetworkMode;
import dev.summit.connectors.network.NetworkRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * New Network: name, mode, IPv4 subnet with an optional DHCP range (filled from the subnet until the
 * user types one), forward device, DNS domain, optional IPv6, autostart. Create stays in the dialog
 * until the host has made the network; a refusal shows under the fields and nothing is defined.
 */
final class NewNetworkDialog {
    static final String PROBLEM_ID = "net-dialog-problem";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = field("net-name", "lab");
    private final ComboBox<NetworkMode> mode = new ComboBox<>();
    private final TextField ipv4 = field("net-ipv4", "10.252.1.0/24");
    private final CheckBox dhcp = new CheckBox("Hand out addresses by DHCP");
    private final TextField dhcpFirst = field("net-dhcp-first", "10.252.1.100");
    private final TextField dhcpLast = field("net-dhcp-last", "10.252.1.199");
    private final ComboBox<String> forward = new ComboBox<>();
    private final TextField domain = field("net-domain", "lab.example (optional)");
    private final TextField ipv6 = field("net-ipv6", "fd00:252:1::/64 (optional)");
    private final CheckBox autostart = new CheckBox("Start with the host");
    private final Label problem = new Label();
    private boolean rangeTyped;

    NewNetworkDialog(Window owner, List<String> hostInterfaces, Function<NetworkRequest, CompletableFuture<Void>> create) {
        dialog.initOwner(owner);
        dialog.setTitle("New Virtual Network");
        dialog.setHeaderText("A network for guests: Summit defines it, starts it and checks its subnet against the host's.");
        mode.setId("net-mode");
        mode.getItems().setAll(NetworkMode.values());
        mode.setValue(NetworkMode.NAT);
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NetworkMode m) {
                return m == null ? "" : switch (m) {
                    case NAT -> "NAT (guests reach out through the host)";
                    case ROUTED -> "Routed (the host routes the subnet)";
                    case ISOLATED -> "Isolated (guests and host only)";
                    case OPEN -> "Open (routed, no firewall rules)";
                };
            }

            @Override
            public NetworkMode fromString(String text) {
                return NetworkMode.parse(text);
            }
        });
        dhcp.setId("net-dhcp");
        dhcp.setSelected(true);
        dhcpFirst.disableProperty().bind(dhcp.selectedProperty().not());
        dhcpLast.disableProperty().bind(dhcp.selectedProperty().not());
        forward.setId("net-forward");
        forward.setEditable(true);
        forward.getItems().setAll(hostInterfaces);
        forward.setPromptText("any interface");
        forward.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> mode.getValue() == null || !mode.getValue().forwards(), mode.valueProperty()));
        autostart.setId("net-autostart");
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A refusal of several sentences grows the dialog instead of ending in "…".
        problem.textProperty().addListener((obs, old, now) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        ipv4.textProperty().addListener((obs, old, now) -> suggestRange(now));
        dhcpFirst.setOnKeyTyped(e -> rangeTyped = true);
        dhcpLast.setOnKeyTyped(e -> rangeTyped = true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name:"), name);
        grid.addRow(1, new Label("Mode:"), mode);
        grid.addRow(2, new Label("IPv4 subnet:"), ipv4);
        grid.addRow(3, new Label("DHCP:"), new VBox(4, dhcp, new HBox(6, dhcpFirst, new Label("to"), dhcpLast)));
        grid.addRow(4, new Label("Forward through:"), forward);
        grid.addRow(5, new Label("DNS domain:"), domain);
        grid.addRow(6, new Label("IPv6 subnet:"), ipv6);
        grid.addRow(7, new Label(""), autostart);
        dialog.getDialogPane().setContent(new VBox(10, grid, problem));
        dialog.getDialogPane().setId("new-network-dialog");
        ButtonType createType = new ButtonType("Create", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(createType, ButtonType.CANCEL);
        Button createButton = (Button) dialog.getDialogPane().lookupButton(createType);
        createButton.setId("net-create");
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the host has made the network
            submit(createButton, create);
        });
    }

    void show() {
        dialog.show();
    }

    /** The dialog's pane, for tests that look its fields up. */
    Node pane() {
        return dialog.getDialogPane();
    }

    private void submit(Button createButton, Function<NetworkRequest, CompletableFuture<Void>> create) {
        NewNetworkForm.Outcome read = new NewNetworkForm(name.getText(), mode.getValue(), ipv4.getText(),
                new NewNetworkForm.DhcpFields(dhcp.isSelected(), dhcpFirst.getText(), dhcpLast.getText()),
                forward.getEditor().getText(), domain.getText(), ipv6.getText(), autostart.isSelected()).read();
        if (read.request() == null) {
            problem.setText(String.join("\n", read.problems()));
            return;
        }
        problem.setText("Creating '" + read.request().name() + "'…");
        createButton.setDisable(true);
        create.apply(read.request()).whenComplete((done, failure) -> {
            createButton.setDisable(false);
            if (failure == null) {
                dialog.setResult(ButtonType.OK);
                dialog.close();
            } else {
                problem.setText(TaskRunner.messageOf(failure));
            }
        });
    }

    /** Until the user types a range, the range follows the subnet: the addresses above the host's. */
    private void suggestRange(String subnet) {
        if (rangeTyped) {
            return;
        }
        try {
            var range = Ipv4Subnet.parse(subnet).suggestedRange();
            dhcpFirst.setText(range.firstAddress());
            dhcpLast.setText(range.lastAddress());
        } catch (IllegalArgumentException e) {
            // not a subnet yet: leave the range as it is
        }
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
