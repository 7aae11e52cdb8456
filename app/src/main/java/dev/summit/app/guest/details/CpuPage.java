package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.HostHardware;
import dev.summit.connectors.edit.device.CpuModel;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.edit.device.VcpuSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** CPUs: how many, what model the guest sees and its topology, its pinning, and the changes to them. */
public final class CpuPage implements DetailsPage {
    public static final String KEY = "cpus";
    public static final String ID = "details-cpus";
    public static final String CURRENT_ID = "cpu-current";
    public static final String MAXIMUM_ID = "cpu-maximum";
    public static final String APPLY_VCPUS_ID = "cpu-apply-vcpus";
    public static final String MODE_ID = "cpu-mode";
    public static final String MODEL_ID = "cpu-model-name";
    public static final String APPLY_MODEL_ID = "cpu-apply-model";
    public static final String APPLY_PINNING_ID = "cpu-apply-pinning";
    public static final String OUTCOME_ID = "cpu-outcome";
    public static final String PROBLEM_ID = "cpu-problem";
    public static final String PENDING_ID = "cpu-pending-vcpus";

    private final CpuViewModel model;
    private final CpuFacts facts = new CpuFacts();
    private final Spinner<Integer> current = Spinners.count(CURRENT_ID, 1, 4096);
    private final Spinner<Integer> maximum = Spinners.count(MAXIMUM_ID, 1, 4096);
    private final ChoiceBox<String> mode = new ChoiceBox<>();
    private final TextField modelName = new TextField();
    private final Spinner<Integer> sockets = Spinners.count("cpu-sockets", 1, 256);
    private final Spinner<Integer> cores = Spinners.count("cpu-cores", 1, 256);
    private final Spinner<Integer> threads = Spinners.count("cpu-threads", 1, 16);
    private final PinningGrid pinning = new PinningGrid();
    private final ObjectProperty<HostHardware> host = new SimpleObjectProperty<>(HostHardware.UNKNOWN);
    private final Node node;

    public CpuPage(ShownGuest guest) {
        this(new CpuViewModel(guest::apply));
        host.bind(guest.hostHardwareProperty());
    }

    CpuPage(CpuViewModel model) {
        this.model = model;
        EditFeedback feedback = model.feedback();
        FactGrid counts = new FactGrid();
        counts.row("vCPUs now", "cpu-current-row", new HBox(10, current, PageLayout.marker(PENDING_ID, model.pendingVcpusProperty())));
        counts.row("Maximum vCPUs", "cpu-maximum-row", maximum);
        mode.setId(MODE_ID);
        mode.getItems().setAll(CpuModel.HOST_PASSTHROUGH, CpuModel.HOST_MODEL, CpuModel.CUSTOM);
        modelName.setId(MODEL_ID);
        modelName.setPromptText("e.g. Skylake-Client");
        modelName.disableProperty().bind(mode.valueProperty().isNotEqualTo(CpuModel.CUSTOM));
        FactGrid cpu = new FactGrid();
        cpu.row("Mode", "cpu-mode-row", mode);
        cpu.row("Model name", "cpu-model-row", modelName);
        cpu.row("Topology", "cpu-topology-row", new HBox(8, sockets, new javafx.scene.control.Label("sockets ×"),
                cores, new javafx.scene.control.Label("cores ×"), threads, new javafx.scene.control.Label("threads")));
        host.addListener((obs, old, now) -> redrawPinning());
        node = PageLayout.page(ID, PageLayout.heading("CPUs"), facts.node(),
                PageLayout.heading("vCPUs"), counts.node(),
                PageLayout.button(APPLY_VCPUS_ID, "Apply vCPUs", feedback, () -> model.applyVcpus(
                        current.getEditor().getText(), maximum.getEditor().getText())),
                PageLayout.note("vCPUs are plugged in and out of a running guest up to its maximum; "
                        + "the maximum is fixed while the guest runs and changes at next boot."),
                PageLayout.heading("Model and topology"), cpu.node(),
                PageLayout.button(APPLY_MODEL_ID, "Apply model", feedback, () -> model.applyModel(mode.getValue(),
                        modelName.getText(), sockets.getEditor().getText(), cores.getEditor().getText(), threads.getEditor().getText())),
                PageLayout.heading("Pinning"), pinning.node(),
                PageLayout.button(APPLY_PINNING_ID, "Apply pinning", feedback,
                        () -> model.applyPinning(pinning.vcpuRows(), pinning.emulatorRow())),
                PageLayout.note("Tick the host CPUs each vCPU, and the emulator's threads, may run on; "
                        + "a row with nothing ticked keeps what the guest has."),
                PageLayout.feedback("cpu", feedback));
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
        facts.show(definitions);
        VcpuSettings vcpus = new VcpuSettings(definitions.persistent());
        current.getValueFactory().setValue(vcpus.current());
        maximum.getValueFactory().setValue(vcpus.maximum());
        CpuModel cpu = new CpuModel(definitions.persistent());
        mode.setValue(cpu.mode() == null ? CpuModel.CUSTOM : cpu.mode());
        modelName.setText(cpu.model() == null ? "" : cpu.model());
        CpuTopology topology = cpu.topology();
        sockets.getValueFactory().setValue(topology == null ? vcpus.maximum() : topology.sockets());
        cores.getValueFactory().setValue(topology == null ? 1 : topology.cores());
        threads.getValueFactory().setValue(topology == null ? 1 : topology.threads());
        redrawPinning();
    }

    private void redrawPinning() {
        if (model.read() != null) {
            pinning.show(host.get().cpus(), model.read().persistent());
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "CPUs";
    }

    @Override
    public Node node() {
        return node;
    }
}
