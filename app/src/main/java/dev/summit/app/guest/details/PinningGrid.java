package dev.summit.app.guest.details;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.VcpuSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A tick per host CPU for each vCPU and for the emulator, ticked as the definition pins them.
 * Boxes are named {@code pin-<vcpu>-<cpu>} and {@code pin-emulator-<cpu>}.
 */
final class PinningGrid {
    private final GridPane grid = new GridPane();
    private final List<List<CheckBox>> vcpuRows = new ArrayList<>();
    private final List<CheckBox> emulatorRow = new ArrayList<>();
    private final Label unknown = PageLayout.note("The host's CPUs are being read…");
    private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, unknown, grid);

    PinningGrid() {
        grid.setHgap(4);
        grid.setVgap(4);
        grid.getStyleClass().add("pinning-grid");
    }

    Node node() {
        return box;
    }

    void show(int hostCpus, Definition definition) {
        grid.getChildren().clear();
        vcpuRows.clear();
        emulatorRow.clear();
        unknown.setVisible(hostCpus == 0);
        unknown.setManaged(hostCpus == 0);
        if (hostCpus == 0) {
            return;
        }
        CpuPinning pinning = new CpuPinning(definition);
        Map<Integer, CpuSet> pins = pinning.vcpuPins();
        for (int cpu = 0; cpu < hostCpus; cpu++) {
            grid.add(new Label(Integer.toString(cpu)), cpu + 1, 0);
        }
        int vcpus = new VcpuSettings(definition).maximum();
        for (int vcpu = 0; vcpu < vcpus; vcpu++) {
            vcpuRows.add(row("vCPU " + vcpu, "pin-" + vcpu, vcpu + 1, hostCpus, pins.get(vcpu)));
        }
        emulatorRow.addAll(row("Emulator", "pin-emulator", vcpus + 1, hostCpus, pinning.emulatorPin()));
    }

    private List<CheckBox> row(String name, String id, int at, int hostCpus, CpuSet pinned) {
        grid.add(new Label(name), 0, at);
        List<CheckBox> boxes = new ArrayList<>();
        for (int cpu = 0; cpu < hostCpus; cpu++) {
            CheckBox box = new CheckBox();
            box.setId(id + "-" + cpu);
            box.setSelected(pinned != null && pinned.contains(cpu));
            grid.add(box, cpu + 1, at);
            boxes.add(box);
        }
        return boxes;
    }

    List<List<Integer>> vcpuRows() {
        return vcpuRows.stream().map(PinningGrid::ticked).toList();
    }

    List<Integer> emulatorRow() {
        return ticked(emulatorRow);
    }

    private static List<Integer> ticked(List<CheckBox> row) {
        List<Integer> cpus = new ArrayList<>();
        for (int cpu = 0; cpu < row.size(); cpu++) {
            if (row.get(cpu).isSelected()) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }
}
