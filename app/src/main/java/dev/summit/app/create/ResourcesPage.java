package dev.summit.app.create;

import dev.summit.connectors.ops.HostFacts;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.osinfo.OsResources;
import dev.summit.connectors.units.ByteSize;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** Memory and vCPUs: osinfo's recommendation for the OS, capped by what the host has. */
final class ResourcesPage extends WizardPage {
    static final String MEMORY_ID = "wizard-memory";
    static final String VCPUS_ID = "wizard-vcpus";

    private final HostFacts host;
    private final CompletableFuture<OsInfoDb> osinfo;
    private final Spinner<Integer> memory;
    private final Spinner<Integer> vcpus;
    private final Label hint = new Label();
    private String lastOs;

    ResourcesPage(WizardDraft draft, HostFacts host, CompletableFuture<OsInfoDb> osinfo) {
        super(draft);
        this.host = host;
        this.osinfo = osinfo;
        memory = new Spinner<>(64, Integer.MAX_VALUE, 1024, 256);
        vcpus = new Spinner<>(1, 4096, 1);
        memory.setId(MEMORY_ID);
        vcpus.setId(VCPUS_ID);
        for (Spinner<Integer> s : java.util.List.of(memory, vcpus)) {
            s.setEditable(true);
            s.setPrefWidth(140);
            // Typed text counts at once, not only after Enter: the check must see what the user sees.
            s.getEditor().textProperty().addListener((obs, old, now) -> check());
        }
        hint.getStyleClass().add("wizard-note");
    }

    @Override
    String title() {
        return "Memory and CPUs";
    }

    @Override
    String subtitle() {
        return "This host has " + host.memoryMiB() + " MiB of memory and " + host.cpus() + " CPUs.";
    }

    @Override
    Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Memory (MiB):"), memory);
        grid.addRow(1, new Label("Virtual CPUs:"), vcpus);
        grid.add(hint, 0, 2, 2, 1);
        return grid;
    }

    @Override
    void entered() {
        String basis = draft.template != null ? "template " + draft.template.uuid() : draft.os.id();
        if (basis.equals(lastOs)) {
            return;
        }
        lastOs = basis;
        if (draft.template != null) {
            memory.getEditor().setText(String.valueOf(draft.template.memoryMiB()));
            vcpus.getEditor().setText(String.valueOf(draft.template.vcpus()));
            hint.setText("As template " + draft.template.name() + " has them: " + draft.template.memoryMiB() + " MiB, "
                    + draft.template.vcpus() + " vCPU(s).");
            check();
            return;
        }
        OsResources recommended = draft.os.isGeneric() ? OsResources.NONE : osinfo.join().recommended(draft.os);
        long ram = recommended.ramBytes() > 0 ? recommended.ramBytes() / ByteSize.MIB : 1024;
        long capped = Math.min(ram, Math.max(host.memoryMiB() / 2, 128));
        int cpus = Math.min(Math.max(recommended.cpus(), 2), host.cpus());
        memory.getEditor().setText(String.valueOf(capped));
        vcpus.getEditor().setText(String.valueOf(cpus));
        hint.setText(recommended.isEmpty() ? "No recommendation for " + draft.os.name() + "; defaults shown."
                : "Recommended for " + draft.os.name() + ": " + ram + " MiB, " + Math.max(recommended.cpus(), 1)
                + " CPU(s)" + (capped < ram ? " (memory lowered to half of the host's)." : "."));
        check();
    }

    private void check() {
        Long mem = number(memory.getEditor().getText());
        Long cpus = number(vcpus.getEditor().getText());
        if (mem == null || mem < 64) {
            setProblem("Memory must be a whole number of MiB, at least 64.");
        } else if (mem > host.memoryMiB()) {
            setProblem(mem + " MiB is more memory than the host has (" + host.memoryMiB() + " MiB).");
        } else if (cpus == null || cpus < 1) {
            setProblem("A guest needs at least one vCPU.");
        } else if (cpus > host.cpus()) {
            setProblem(cpus + " vCPUs are more than the host's " + host.cpus() + " CPUs.");
        } else {
            draft.memoryMiB = mem;
            draft.vcpus = cpus.intValue();
            setProblem("");
        }
    }

    static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
