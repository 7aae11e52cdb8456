package dev.summit.app.clone;

import dev.summit.app.SummitServices;
import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.HostNetworks;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.templates.importing.ImportRequest;
import dev.summit.connectors.templates.importing.ImportTemplate;
import dev.summit.connectors.templates.importing.ImportedTemplate;
import dev.summit.connectors.xml.NicChoice;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Templates → Import…: a Xen / Oracle VM template folder (vm.cfg + System.img) or a plain disk image
 * becomes a template on a KVM host, through the same {@link ImportTemplate} as
 * {@code summit template import}. Every vm.cfg problem is listed with its line, in the dialog.
 */
final class ImportTemplateDialog {
    static final String ID = "import-template-dialog";

    private final Stage stage = new Stage();
    private final HostSession host;
    private final SummitServices services;
    private final Runnable imported;
    private final TextField source = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> pools = new ComboBox<>();
    private final ComboBox<String> networks = new ComboBox<>();
    private final CheckBox qcow2 = new CheckBox("Store as qcow2 (linked clones need it; a raw base can only be copied whole)");
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final Button importButton = new Button("Import");
    private CancelSignal cancel;

    ImportTemplateDialog(SummitServices services, HostSession host, Window owner, Runnable imported) {
        this.services = services;
        this.host = host;
        this.imported = imported;
        source.setId("import-source");
        source.setPromptText("a folder with vm.cfg and System.img, or a disk image");
        name.setId("import-name");
        name.setPromptText("vm.cfg's name");
        pools.setId("import-pool");
        networks.setId("import-network");
        qcow2.setId("import-qcow2");
        qcow2.setSelected(true);
        qcow2.setWrapText(true);
        message.setId("import-message");
        message.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(running);

        Button folder = new Button("Folder…");
        folder.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(stage);
            if (chosen != null) {
                source.setText(chosen.getAbsolutePath());
            }
        });
        Button image = new Button("Image…");
        image.setOnAction(e -> {
            File chosen = new FileChooser().showOpenDialog(stage);
            if (chosen != null) {
                source.setText(chosen.getAbsolutePath());
            }
        });
        HBox sourceRow = new HBox(6, source, folder, image);
        HBox.setHgrow(source, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label("Import from:"), sourceRow);
        form.addRow(1, new Label("Name:"), name);
        form.addRow(2, new Label("Storage pool:"), pools);
        form.addRow(3, new Label("Network:"), networks);
        form.add(qcow2, 1, 4);

        importButton.setId("import-run");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(running.or(source.textProperty().isEmpty()).or(pools.valueProperty().isNull()));
        importButton.setOnAction(e -> start());
        Button close = new Button("Cancel");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (running.get()) {
                cancel.cancel();
            } else {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, close, importButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label hostLine = new Label("Onto " + host.uri() + " — the image is uploaded through libvirt, so a remote host works too.");
        hostLine.setWrapText(true);
        hostLine.setStyle("-fx-opacity: 0.75");
        VBox root = new VBox(12, hostLine, form, message, progress, buttons);
        root.setPadding(new Insets(14));
        root.setId(ID);
        stage.setTitle("Import Template");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setScene(new Scene(root, 640, 330));
        stage.setOnCloseRequest(e -> {
            if (running.get()) {
                e.consume();
                cancel.cancel();
            }
        });
        loadChoices();
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }

    /** The host's pools and networks, asked off the FX thread. */
    private void loadChoices() {
        message.setText("Reading the host's pools and networks…");
        CompletableFuture<List<PoolSummary>> poolList = StoragePools.list(host);
        CompletableFuture<List<String>> networkList = HostNetworks.names(host);
        poolList.thenCombine(networkList, (p, n) -> new Object[] {p, n}).whenComplete((both, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                message.setText("Could not read the host: " + TaskRunner.messageOf(failure));
                return;
            }
            @SuppressWarnings("unchecked")
            List<PoolSummary> p = (List<PoolSummary>) both[0];
            @SuppressWarnings("unchecked")
            List<String> n = (List<String>) both[1];
            p.stream().filter(PoolSummary::active).map(PoolSummary::name).forEach(pools.getItems()::add);
            pools.setValue(pools.getItems().contains("default") ? "default" : pools.getItems().stream().findFirst().orElse(null));
            networks.getItems().setAll(n);
            networks.getItems().add("none");
            networks.setValue(n.contains("default") ? "default" : "none");
            message.setText("");
        }));
    }

    private ImportRequest request() {
        String chosenName = name.getText().isBlank() ? null : name.getText().strip();
        NicChoice network = "none".equals(networks.getValue()) || networks.getValue() == null ? new NicChoice.None()
                : new NicChoice.Network(networks.getValue());
        return new ImportRequest(Path.of(source.getText().strip()), chosenName, pools.getValue(), qcow2.isSelected(), null,
                null, network);
    }

    /** Checks first (every problem listed here, vm.cfg lines included), then imports with progress and cancel. */
    private void start() {
        if (host.uri().startsWith("xen")) {
            message.setText("On a Xen host a template is defined just as its vm.cfg says, with the host's own image"
                    + " paths: use summit template import there. This window imports onto KVM hosts.");
            return;
        }
        ImportTemplate op = new ImportTemplate(host, request());
        cancel = new CancelSignal();
        CancelSignal mine = cancel;
        running.set(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        message.setText("Checking…");
        OperationProgress shown = (fraction, bytes, sentence) -> Platform.runLater(() -> {
            progress.setProgress(fraction);
            message.setText(sentence + "…");
        });
        op.precheck().thenCompose(problems -> {
            if (!problems.isEmpty()) {
                return CompletableFuture.completedFuture(problems);
            }
            TaskLabel label = new TaskLabel(host.uri(), request().name() == null ? source.getText() : request().name(),
                    "import template");
            return services.tasks().run(label, mine, pane -> op.run(TaskRunner.both(shown, pane), mine),
                    made -> "Imported " + made.name() + ".", made -> true).thenApply(made -> {
                        Platform.runLater(() -> done(made));
                        return List.<String>of();
                    });
        }).whenComplete((problems, failure) -> Platform.runLater(() -> {
            running.set(false);
            if (failure != null) {
                message.setText(TaskRunner.messageOf(failure));
            } else if (!problems.isEmpty()) {
                message.setText(String.join("\n", problems));
            }
        }));
    }

    private void done(ImportedTemplate made) {
        imported.run();
        stage.close();
        services.window().report("Imported " + made.name() + " as a template (" + made.volumeFormat() + ", "
                + made.memoryMiB() + " MiB, " + made.vcpus() + " vCPUs).");
    }
}
