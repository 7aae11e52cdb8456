package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.PinEmulator;
import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.SetCpuModel;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuModel;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.edit.device.VcpuSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The CPUs page's state and changes: vCPU counts, the CPU model and topology, and pinning. Only
 * what differs from the next boot's definition (or, for the current count, the running guest) is
 * sent. FX thread only.
 */
final class CpuViewModel {
    private final EditFeedback feedback;
    private final ReadOnlyStringWrapper pendingVcpus = new ReadOnlyStringWrapper("");
    private GuestDefinitions read;

    CpuViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.feedback = new EditFeedback(editor);
    }

    void show(GuestDefinitions definitions) {
        read = definitions;
        VcpuSettings next = new VcpuSettings(definitions.persistent());
        pendingVcpus.set(definitions.running()
                ? EditFeedback.pending(next.current() + " of " + next.maximum(), liveVcpus(), true) : "");
    }

    private String liveVcpus() {
        VcpuSettings live = new VcpuSettings(read.live());
        return live.current() + " of " + live.maximum();
    }

    GuestDefinitions read() {
        return read;
    }

    /** Asks for the vCPU counts typed. */
    CompletableFuture<Void> applyVcpus(String currentText, String maximumText) {
        if (read == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        Integer current = count("vCPUs", currentText);
        Integer maximum = current == null ? null : count("Maximum vCPUs", maximumText);
        if (current == null || maximum == null) {
            return CompletableFuture.completedFuture(null);
        }
        VcpuSettings next = new VcpuSettings(read.persistent());
        boolean currentDiffers = current != next.current()
                || read.running() && current != new VcpuSettings(read.live()).current();
        Integer newMaximum = maximum == next.maximum() ? null : maximum;
        if (!currentDiffers && newMaximum == null) {
            return feedback.nothing("Nothing to change: the guest has these vCPUs already.");
        }
        return feedback.send(new SetVcpus(currentDiffers ? current : null, newMaximum));
    }

    /**
     * Asks for a CPU mode and topology.
     *
     * @param mode host-passthrough, host-model, or custom (then {@code modelName} names it)
     */
    CompletableFuture<Void> applyModel(String mode, String modelName, String sockets, String cores, String threads) {
        if (read == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        String asked = CpuModel.CUSTOM.equals(mode) ? (modelName == null ? "" : modelName.strip()) : mode;
        if (asked.isEmpty()) {
            return feedback.refuse("Name the CPU model, e.g. Skylake-Client, or choose host-passthrough or host-model.");
        }
        Integer s = count("Sockets", sockets);
        Integer c = s == null ? null : count("Cores", cores);
        Integer t = c == null ? null : count("Threads", threads);
        if (t == null) {
            return CompletableFuture.completedFuture(null);
        }
        CpuModel now = new CpuModel(read.persistent());
        CpuTopology topology = CpuTopology.of(s, c, t);
        boolean sameModel = CpuModel.CUSTOM.equals(mode) ? asked.equals(now.model()) && CpuModel.CUSTOM.equals(now.mode())
                : asked.equals(now.mode());
        boolean sameTopology = topology.equals(now.topology());
        if (sameModel && sameTopology) {
            return feedback.nothing("Nothing to change: the guest has this CPU already.");
        }
        return feedback.send(new SetCpuModel(sameModel ? null : asked, sameTopology ? null : topology));
    }

    /**
     * Asks for the pinning ticked: one set of host CPUs per vCPU (index) and one for the emulator;
     * an empty set keeps what the guest has. Only rows that differ are sent.
     */
    CompletableFuture<Void> applyPinning(List<List<Integer>> vcpuRows, List<Integer> emulatorRow) {
        if (read == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        CpuPinning now = new CpuPinning(read.persistent());
        Map<Integer, CpuSet> pins = now.vcpuPins();
        List<GuestEdit> edits = new ArrayList<>();
        for (int vcpu = 0; vcpu < vcpuRows.size(); vcpu++) {
            List<Integer> row = vcpuRows.get(vcpu);
            if (!row.isEmpty() && !Objects.equals(pins.get(vcpu), set(row))) {
                edits.add(new PinVcpu(vcpu, set(row)));
            }
        }
        if (!emulatorRow.isEmpty() && !Objects.equals(now.emulatorPin(), set(emulatorRow))) {
            edits.add(new PinEmulator(set(emulatorRow)));
        }
        if (edits.isEmpty()) {
            return feedback.nothing("Nothing to change: the guest is pinned like this already.");
        }
        return feedback.sendAll(edits);
    }

    private static CpuSet set(List<Integer> cpus) {
        return CpuSet.of(cpus.stream().mapToInt(Integer::intValue).toArray());
    }

    private Integer count(String what, String text) {
        String typed = text == null ? "" : text.strip();
        try {
            int value = Integer.parseInt(typed);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        feedback.refuse(what + " must be a whole number above 0, not '" + typed + "'.");
        return null;
    }

    EditFeedback feedback() {
        return feedback;
    }

    /** "pending — at next boot (running with 2 of 4)" while the running guest's counts differ. */
    ReadOnlyStringProperty pendingVcpusProperty() {
        return pendingVcpus.getReadOnlyProperty();
    }
}
