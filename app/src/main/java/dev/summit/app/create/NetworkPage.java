package dev.summit.app.create;

import dev.summit.connectors.ops.HostFacts;
import dev.summit.connectors.xml.NicChoice;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Where the guest's network card plugs in: a libvirt network (NAT by default), a host bridge, or nowhere. */
final class NetworkPage extends WizardPage {
    static final String NETWORK_ID = "wizard-network";
    static final String BRIDGE_ID = "wizard-bridge";

    private final RadioButton virtual = new RadioButton("Virtual network");
    private final RadioButton bridge = new RadioButton("Host bridge (the guest joins the host's LAN)");
    private final RadioButton none = new RadioButton("No network");
    private final ComboBox<String> networks = new ComboBox<>();
    private final TextField bridgeName = new TextField();

    NetworkPage(WizardDraft draft, HostFacts host) {
        super(draft);
        ToggleGroup group = new ToggleGroup();
        for (RadioButton b : java.util.List.of(virtual, bridge, none)) {
            b.setToggleGroup(group);
        }
        networks.setId(NETWORK_ID);
        none.setId("wizard-no-network");
        bridgeName.setId(BRIDGE_ID);
        bridgeName.setPromptText("br0");
        networks.getItems().setAll(host.networks());
        networks.setValue(host.networks().contains("default") ? "default" : host.networks().stream().findFirst().orElse(null));
        virtual.setDisable(host.networks().isEmpty());
        (host.networks().isEmpty() ? none : virtual).setSelected(true);
        networks.disableProperty().bind(virtual.selectedProperty().not());
        bridgeName.disableProperty().bind(bridge.selectedProperty().not());
        group.selectedToggleProperty().addListener((obs, old, now) -> check());
        networks.valueProperty().addListener((obs, old, now) -> check());
        bridgeName.textProperty().addListener((obs, old, now) -> check());
        check();
    }

    @Override
    boolean applies() {
        return draft.template == null;
    }

    @Override
    String title() {
        return "Network";
    }

    @Override
    String subtitle() {
        return "A MAC address is generated when the guest is defined.";
    }

    @Override
    Node content() {
        VBox box = new VBox(10, virtual, indent(networks), bridge, indent(bridgeName), none);
        return box;
    }

    private static Node indent(Node node) {
        VBox box = new VBox(node);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        return box;
    }

    private void check() {
        if (virtual.isSelected()) {
            if (networks.getValue() == null) {
                setProblem("Choose a virtual network.");
                return;
            }
            draft.network = new NicChoice.Network(networks.getValue());
        } else if (bridge.isSelected()) {
            String name = bridgeName.getText().trim();
            if (!name.matches("[A-Za-z0-9_.:-]{1,15}")) {
                setProblem("A bridge name is 1 to 15 letters, digits, '-', '_', '.' or ':' (for example br0).");
                return;
            }
            draft.network = new NicChoice.Bridge(name);
        } else {
            draft.network = new NicChoice.None();
        }
        setProblem("");
    }
}
