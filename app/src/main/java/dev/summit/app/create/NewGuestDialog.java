package dev.summit.app.create;

import dev.summit.app.SummitServices;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.CreateProblem;
import dev.summit.connectors.ops.CreateRequest;
import dev.summit.connectors.ops.MountainNames;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.xml.DisplayListen;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.NicChoice;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * First cut of the New VM form: one page with every choice of {@link CreateRequest}; the operation's
 * precheck puts each problem under the field it concerns, and Create runs {@link CreateGuest} off the FX
 * thread, then opens the console. (The multi-page wizard of issue 4 replaces this layout.)
 */
final class NewGuestDialog {
    private final SummitServices services;
    private final HostRow host;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final TextField iso = new TextField();
    private final Spinner<Integer> memory = new Spinner<>(0, 1 << 20, 0, 256);
    private final Spinner<Integer> vcpus = new Spinner<>(0, 512, 0);
    private final Spinner<Integer> diskGiB = new Spinner<>(0, 1 << 16, 0);
    private final TextField pool = new TextField(CreateRequest.DEFAULT_POOL);
    private final TextField network = new TextField("default");
    private final TextField os = new TextField();
    private final CheckBox uefi = new CheckBox("UEFI (needs OVMF on the host)");
    private final Map<CreateProblem.Field, Label> problemLabels = new EnumMap<>(CreateProblem.Field.class);
    private final Label status = new Label();
    {
        status.setId("create-status");
        status.setWrapText(true);
    }

    private NewGuestDialog(SummitServices services, HostRow host) {
        this.services = services;
        this.host = host;
    }

    static void show(SummitServices services, HostRow host) {
        new NewGuestDialog(services, host).open();
    }

    private void open() {
        dialog.initOwner(services.window().stage());
        dialog.setTitle("New Virtual Machine on " + host.nameProperty().get());
        Set<String> taken = host.guests().stream().map(g -> g.nameProperty().get()).collect(Collectors.toSet());
        name.setText(MountainNames.suggest(taken));
        name.setId("create-name");
        iso.setPrefColumnCount(28);
        dialog.setHeaderText("Create a virtual machine on " + host.nameProperty().get()
                + ": a new qcow2 disk, the definition, then start and open its console.");
        iso.setId("create-iso");
        pool.setId("create-pool");
        network.setId("create-network");
        os.setPromptText("detected from the ISO; or an osinfo id, or generic");
        memory.setEditable(true);
        vcpus.setEditable(true);
        diskGiB.setEditable(true);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        row = add(grid, row, "Name", name, CreateProblem.Field.NAME);
        row = add(grid, row, "Install ISO", new HBox(6, iso, browse), CreateProblem.Field.MEDIA);
        row = add(grid, row, "Operating system", os, CreateProblem.Field.OS);
        row = add(grid, row, "Memory (MiB, 0 = recommended)", memory, CreateProblem.Field.MEMORY);
        row = add(grid, row, "vCPUs (0 = recommended)", vcpus, CreateProblem.Field.VCPUS);
        row = add(grid, row, "Disk (GiB, 0 = recommended)", diskGiB, CreateProblem.Field.DISK);
        row = add(grid, row, "Storage pool", pool, CreateProblem.Field.POOL);
        row = add(grid, row, "Network (name, bridge:BR, none)", network, CreateProblem.Field.NETWORK);
        row = add(grid, row, "Firmware", uefi, CreateProblem.Field.FIRMWARE);
        grid.add(status, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType("Create", ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("create-finish");
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            createButton.setDisable(true);
            check(createButton);
        });
        dialog.show();
    }

    private int add(GridPane grid, int row, String caption, javafx.scene.Node field, CreateProblem.Field key) {
        grid.add(new Label(caption), 0, row);
        grid.add(field, 1, row);
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setId("problem-" + key.name().toLowerCase());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problemLabels.put(key, problem);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ISO images", "*.iso"));
        File file = chooser.showOpenDialog(dialog.getOwner());
        if (file != null) {
            iso.setText(file.getAbsolutePath());
        }
    }

    private CreateRequest request() {
        String text = network.getText().strip();
        return new CreateRequest(name.getText().strip(), iso.getText().isBlank() ? null : Path.of(iso.getText().strip()),
                memory.getValue(), vcpus.getValue(), (long) diskGiB.getValue() << 30, pool.getText().strip(),
                NicChoice.parse(text.isEmpty() ? "none" : text), os.getText().isBlank() ? null : os.getText().strip(),
                uefi.isSelected() ? Firmware.UEFI : Firmware.BIOS, Machine.Q35, DisplayListen.UNIX_SOCKET, null);
    }

    /** Precheck first (every problem shown in place), then create; both off the FX thread. */
    private void check(Button createButton) {
        problemLabels.values().forEach(l -> l.setText(""));
        HostSession session = services.engine().open(host.uri());
        CreateRequest request = request();
        CreateGuest create = new CreateGuest(session, request, OsInfoDb.system());
        status.setText("Checking…");
        create.precheck().whenComplete((checked, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status.setText(TaskRunner.messageOf(failure));
                createButton.setDisable(false);
            } else if (!checked.problems().isEmpty()) {
                checked.problems().forEach(p -> problemLabels.get(p.field()).setText(p.message()));
                status.setText("");
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                createButton.setDisable(false);
            } else {
                run(create, request, createButton);
            }
        }));
    }

    private void run(CreateGuest create, CreateRequest request, Button createButton) {
        status.setText("Creating " + request.name() + "…");
        services.tasks().run(host.uri(), request.name(), "create",
                () -> create.run((fraction, bytes, sentence) -> Platform.runLater(() -> status.setText(sentence)),
                        new CancelSignal())).whenComplete((created, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                status.setText(TaskRunner.messageOf(failure));
                createButton.setDisable(false);
                return;
            }
            dialog.setResult(null);
            dialog.close();
            services.window().report(created.name() + " is running.");
            openConsoleOnceListed(created.name());
        }));
    }

    /** The list learns of the guest from libvirt's event, which may arrive just after the operation ends. */
    private void openConsoleOnceListed(String guestName) {
        Optional<GuestRow> listed = services.model().guest(host.uri(), guestName);
        if (listed.isPresent()) {
            services.consoles().open(listed.get());
            return;
        }
        ListChangeListener<GuestRow> waiting = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends GuestRow> change) {
                Optional<GuestRow> row = services.model().guest(host.uri(), guestName);
                if (row.isPresent()) {
                    host.guests().removeListener(this);
                    services.consoles().open(row.get());
                }
            }
        };
        host.guests().addListener(waiting);
    }
}
