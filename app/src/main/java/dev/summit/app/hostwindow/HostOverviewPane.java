package dev.summit.app.hostwindow;

import dev.summit.app.guest.details.FactGrid;
import dev.summit.app.guest.details.PageLayout;
import dev.summit.app.guest.overview.GraphData;
import dev.summit.app.guest.overview.MetricGraph;
import dev.summit.app.storage.AfterPulse;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.hostinfo.HostCpu;
import dev.summit.connectors.hostinfo.HostOverview;
import dev.summit.connectors.hostinfo.HostSoftware;
import dev.summit.connectors.units.ByteSize;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Overview: what the host is (read once, on its worker) and its CPU and memory over the last ten
 * minutes, redrawn every two seconds from the history the host's session keeps whether or not the
 * window is open.
 */
final class HostOverviewPane {
    static final String ID = "host-overview";
    private static final Duration REDRAW_EVERY = Duration.seconds(2);

    private final HostSession host;
    private final FactGrid grid = new FactGrid();
    private final Label problem = new Label();
    private final List<MetricGraph> graphs = List.of(new MetricGraph("host-graph-cpu"), new MetricGraph("host-graph-memory"));
    private final Node node;
    private final Timeline redraw;

    HostOverviewPane(HostSession host) {
        this.host = host;
        grid.row("Host name", "hostname");
        grid.row("Hypervisor", "hypervisor");
        grid.row("libvirt", "libvirt");
        grid.row("QEMU", "qemu");
        grid.row("CPU model", "cpu-model");
        grid.row("CPUs", "topology");
        grid.row("NUMA nodes", "numa");
        grid.row("Memory", "memory");
        grid.row("KVM", "kvm");
        grid.row("Nested KVM", "nested");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        StackPane graphHolder = new StackPane();
        node = PageLayout.page(ID, PageLayout.heading("Overview"), grid.node(), problem, graphHolder);
        redraw = new Timeline(new KeyFrame(REDRAW_EVERY, e -> drawGraphs()));
        redraw.setCycleCount(Animation.INDEFINITE);
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                redraw.stop();
                return;
            }
            redraw.play();
            if (graphHolder.getChildren().isEmpty()) {
                // The graphs a pulse after the facts: a cold process styles both for the first time.
                AfterPulse.run(scene, () -> graphHolder.getChildren().setAll(graphGrid()));
            }
        });
    }

    Node node() {
        return node;
    }

    /** Reads the facts off the FX thread and draws the graphs as they stand. */
    void load() {
        HostOverview.read(host).whenComplete((facts, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                problem.setText("Could not read the host: " + TaskRunner.messageOf(failure));
            } else {
                show(facts);
            }
        }));
        drawGraphs();
    }

    void stop() {
        redraw.stop();
    }

    private void show(HostOverview facts) {
        grid.set("hostname", facts.hostname());
        HostSoftware software = facts.software();
        grid.set("hypervisor", software.hypervisor());
        grid.set("libvirt", software.libvirtVersion());
        grid.set("qemu", software.qemuVersion().isEmpty() ? "not on this host" : software.qemuVersion());
        HostCpu cpu = facts.cpu();
        String details = (cpu.model().equals(cpu.arch()) ? "" : cpu.arch() + ", ") + (cpu.mhz() > 0 ? cpu.mhz() + " MHz" : "");
        grid.set("cpu-model", cpu.model() + (details.isEmpty() ? "" : " (" + details.replaceAll(", $", "") + ")"));
        grid.set("topology", cpu.topology());
        grid.set("numa", Integer.toString(cpu.numaNodes()));
        grid.set("memory", ByteSize.human(facts.memoryKiB() * 1024));
        grid.set("kvm", facts.kvm());
        grid.set("nested", facts.nested());
    }

    private void drawGraphs() {
        List<GraphData> data = HostGraphs.of(host.hostHistory());
        long now = System.currentTimeMillis();
        for (int i = 0; i < graphs.size(); i++) {
            graphs.get(i).draw(data.get(i), now);
        }
    }

    private Node graphGrid() {
        GridPane pane = new GridPane();
        pane.setHgap(18);
        for (int i = 0; i < graphs.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            pane.getColumnConstraints().add(column);
            pane.add(graphs.get(i), i, 0);
        }
        return pane;
    }
}
