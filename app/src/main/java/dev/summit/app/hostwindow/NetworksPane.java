package dev.summit.app.hostwindow;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.jna.DhcpLeases.Lease;
import dev.summit.connectors.network.HostInterface;
import dev.summit.connectors.network.HostInterfaces;
import dev.summit.connectors.network.NetworkSummary;
import dev.summit.connectors.network.NetworkUser;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Networks: the host's virtual networks, their leases, and New / Start / Stop / Autostart / Delete. */
final class NetworksPane {
    static final String TABLE_ID = "host-networks";
    static final String LEASES_ID = "host-leases";
    static final String STATUS_ID = "net-status";

    private final HostSession host;
    private final NetworksViewModel model;
    private final TableView<NetworkSummary> table = new TableView<>();
    private final TableView<Lease> leases = new TableView<>();
    private final Node node;
    private String chosenName;

    NetworksPane(HostSession host, TaskRunner tasks) {
        this.host = host;
        this.model = new NetworksViewModel(host, tasks, Platform::runLater);
        table.setId(TABLE_ID);
        table.setItems(model.networks());
        table.getColumns().addAll(List.of(column("Network", NetworkSummary::name), column("State", NetworkSummary::state),
                column("Autostart", n -> n.autostart() ? "yes" : "no"), column("Mode", n -> n.definition().modeLabel()),
                column("Subnet", n -> n.definition().subnets()),
                column("DHCP range", n -> n.definition().dhcp() == null ? "none" : n.definition().dhcp().toString()),
                column("Bridge", n -> n.definition().bridge()), column("Guests", n -> guests(n.users()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Reading the networks…"));
        leases.setId(LEASES_ID);
        leases.setItems(model.leases());
        leases.getColumns().addAll(List.of(column("MAC", Lease::mac), column("Address", l -> l.address() + "/" + l.prefix()),
                column("Host name", Lease::hostname),
                column("Expires", l -> l.expiryEpochSeconds() <= 0 ? "never" : Instant.ofEpochSecond(l.expiryEpochSeconds()).toString())));
        leases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label leaseNote = new Label();
        leaseNote.textProperty().bind(model.leaseNoteProperty());
        leases.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(leaseNote.getText()), leaseNote.textProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosenName = now.name();
            }
            model.showLeases(now);
        });
        // Every action reads the list again: the network the user was working on stays chosen.
        model.networks().addListener((javafx.collections.ListChangeListener<NetworkSummary>) change ->
                model.networks().stream().filter(n -> n.name().equals(chosenName)).findFirst()
                        .ifPresent(n -> table.getSelectionModel().select(n)));

        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label leasesTitle = new Label("DHCP leases of the chosen network");
        leasesTitle.getStyleClass().add("page-heading");
        VBox lower = new VBox(6, leasesTitle, leases);
        VBox.setVgrow(leases, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, split, buttons(), status);
        box.setPadding(new Insets(10));
        node = box;
    }

    Node node() {
        return node;
    }

    void load() {
        model.reload();
    }

    private NetworkSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private HBox buttons() {
        var chosen = table.getSelectionModel().selectedItemProperty();
        BooleanBinding none = chosen.isNull();
        Button add = button("New Network…", "net-new", this::askNew);
        Button start = button("Start", "net-start", () -> model.start(selected().name()));
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null || chosen.get().active(), chosen));
        Button stop = button("Stop", "net-stop", () -> model.stop(selected().name()));
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null || !chosen.get().active(), chosen));
        Button autostart = button("Autostart", "net-autostart-toggle", () -> model.setAutostart(selected().name(),
                !selected().autostart()));
        autostart.textProperty().bind(Bindings.createStringBinding(() -> chosen.get() != null && chosen.get().autostart()
                ? "No Autostart" : "Autostart", chosen));
        autostart.disableProperty().bind(none);
        Button delete = button("Delete", "net-delete", () -> model.delete(selected().name()));
        delete.disableProperty().bind(none);
        Button refresh = button("Refresh", "net-refresh", this::load);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, spacer, start, stop, autostart, delete, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The host's interfaces fill the forward-device choice; a host without an interface driver offers none. */
    private void askNew() {
        Window owner = node.getScene() == null ? null : node.getScene().getWindow();
        HostInterfaces.read(host).handle((list, failure) -> failure == null
                        ? list.stream().filter(i -> !i.bridge()).map(HostInterface::name).toList() : List.<String>of())
                .thenAccept(names -> Platform.runLater(() -> new NewNetworkDialog(owner, names, model::create).show()));
    }

    private static String guests(List<NetworkUser> users) {
        return users.isEmpty() ? "" : String.join(", ", users.stream()
                .map(u -> u.guest() + (u.running() ? " (running)" : "")).toList());
    }

    static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
