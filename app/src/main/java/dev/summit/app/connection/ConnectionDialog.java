package dev.summit.app.connection;

import dev.summit.connectors.host.Hypervisor;
import dev.summit.connectors.host.Transport;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Add or edit a connection: choose hypervisor and transport, see the URI that will be used. */
public final class ConnectionDialog extends Dialog<ConnectionDraft> {
    public static final String URI_PREVIEW_ID = "uri-preview";
    public static final String PROBLEM_ID = "connection-problem";
    public static final String SAVE_ID = "connection-save";

    private final ConnectionDialogModel model = new ConnectionDialogModel();

    public ConnectionDialog(Window owner, ConnectionDraft existing) {
        initOwner(owner);
        setTitle(existing == null ? "Add Connection" : "Edit Connection");
        if (existing != null) {
            model.load(existing);
        }
        ButtonType save = new ButtonType(existing == null ? "Connect" : "Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().setContent(form());
        getDialogPane().getStyleClass().add("connection-dialog");
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.problem().getValue().isEmpty(), model.problem()));
        setResultConverter(button -> button == save ? model.toDraft() : null);
        // Remote and custom choices show more rows: grow the window so the buttons stay on screen.
        model.transportProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
    }

    public ConnectionDialogModel model() {
        return model;
    }

    public Optional<ConnectionDraft> ask() {
        return showAndWait();
    }

    private GridPane form() {
        ComboBox<Hypervisor> hypervisor = choice(Hypervisor.values(), Hypervisor::label);
        hypervisor.setId("hypervisor");
        hypervisor.valueProperty().bindBidirectional(model.hypervisorProperty());
        ComboBox<Transport> transport = choice(Transport.values(), Transport::label);
        transport.setId("transport");
        transport.valueProperty().bindBidirectional(model.transportProperty());
        TextField user = field("user", model.userProperty().getValue(), "default user");
        user.textProperty().bindBidirectional(model.userProperty());
        TextField host = field("host", "", "host name or address");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = field("port", "", "default");
        port.textProperty().bindBidirectional(model.portProperty());
        TextField custom = field("custom-uri", "", "e.g. qemu+ssh://admin@host/system?keyfile=…");
        custom.textProperty().bindBidirectional(model.customUriProperty());
        TextField name = field("display-name", "", "");
        name.textProperty().bindBidirectional(model.displayNameProperty());
        name.promptTextProperty().bind(model.suggestedName());
        CheckBox autoconnect = new CheckBox("Connect when Summit starts");
        autoconnect.setId("autoconnect");
        autoconnect.selectedProperty().bindBidirectional(model.autoconnectProperty());
        Label uri = new Label();
        uri.setId(URI_PREVIEW_ID);
        uri.getStyleClass().add("uri-preview");
        uri.textProperty().bind(model.uriPreview());
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problem());
        problem.setWrapText(true);

        ObservableValue<Boolean> remote = model.transportProperty().map(Transport::isRemote);
        ObservableValue<Boolean> isCustom = model.transportProperty().map(t -> t == Transport.CUSTOM);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Hypervisor:"), hypervisor);
        grid.addRow(row++, new Label("Connection:"), transport);
        row = addShownWhen(grid, row, remote, new Label("User:"), user);
        row = addShownWhen(grid, row, remote, new Label("Host:"), host);
        row = addShownWhen(grid, row, remote, new Label("Port:"), port);
        row = addShownWhen(grid, row, isCustom, new Label("URI:"), custom);
        grid.addRow(row++, new Label("Name:"), name);
        grid.add(autoconnect, 1, row++);
        grid.addRow(row++, new Label("Will use:"), uri);
        grid.add(problem, 0, row, 2, 1);
        hypervisor.disableProperty().bind(Bindings.createBooleanBinding(() -> isCustom.getValue(), isCustom));
        return grid;
    }

    private static int addShownWhen(GridPane grid, int row, ObservableValue<Boolean> shown, Node label, Node field) {
        for (Node node : new Node[] {label, field}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
        grid.addRow(row, label, field);
        return row + 1;
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private static <T> ComboBox<T> choice(T[] values, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        return box;
    }
}
