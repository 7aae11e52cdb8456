package dev.summit.app.hostwindow;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.network.HostInterface;
import dev.summit.connectors.network.HostInterfaces;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Interfaces: the host's bridges and network interfaces as libvirt's interface driver sees them; read-only. */
final class InterfacesPane {
    static final String TABLE_ID = "host-interfaces";

    private final HostSession host;
    private final TableView<HostInterface> table = new TableView<>();
    private final Node node;

    InterfacesPane(HostSession host) {
        this.host = host;
        table.setId(TABLE_ID);
        table.getColumns().addAll(List.of(NetworksPane.column("Interface", HostInterface::name),
                NetworksPane.column("Type", HostInterface::type),
                NetworksPane.column("State", i -> i.active() ? "up" : "down"),
                NetworksPane.column("MAC", HostInterface::mac),
                NetworksPane.column("MTU", i -> i.mtu() == 0 ? "" : Integer.toString(i.mtu())),
                NetworksPane.column("Addresses", i -> String.join(", ", i.addresses())),
                NetworksPane.column("Bridge ports", i -> String.join(", ", i.ports()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Reading the interfaces…"));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label("Read-only: bridges and interfaces are the host's own configuration.");
        note.getStyleClass().add("page-note");
        VBox box = new VBox(8, table, note);
        box.setPadding(new Insets(10));
        node = box;
    }

    Node node() {
        return node;
    }

    void load() {
        HostInterfaces.read(host).whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                table.getItems().clear();
                table.setPlaceholder(new Label("The host does not list its interfaces: " + TaskRunner.messageOf(failure)));
            } else {
                table.getItems().setAll(list);
                table.setPlaceholder(new Label("The host reports no interfaces."));
            }
        }));
    }
}
