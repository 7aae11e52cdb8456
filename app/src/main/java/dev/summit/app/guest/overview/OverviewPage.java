package dev.summit.app.guest.overview;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.guest.details.DetailsPage;
import dev.summit.app.guest.details.FactGrid;
import dev.summit.app.guest.details.PageLayout;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.control.ToggleSwitch;

/** Overview: who the guest is, what it runs on, how to reach it, and its last ten minutes in four graphs. */
public final class OverviewPage implements DetailsPage {
    public static final String KEY = "overview";
    public static final String ID = "details-overview";
    public static final String AUTOSTART_ID = "details-autostart";
    private static final Duration REREAD_EVERY = Duration.seconds(10);

    private final OverviewViewModel model;
    private final FactGrid grid = new FactGrid();
    private final ToggleSwitch autostart = new ToggleSwitch();
    private final Label problem = new Label();
    private final List<MetricGraph> graphs = List.of(new MetricGraph("graph-cpu"), new MetricGraph("graph-memory"),
            new MetricGraph("graph-disk"), new MetricGraph("graph-network"));
    private final Node node;
    private final Timeline rereading;
    private boolean following;

    public OverviewPage(ShownGuest guest) {
        this(new OverviewViewModel(guest, new HostOverviewSource(guest, Platform::runLater), System::currentTimeMillis));
    }

    OverviewPage(OverviewViewModel model) {
        this.model = model;
        grid.row("Name", "name");
        grid.row("Title", "title");
        grid.row("Description", "description");
        grid.row("UUID", "uuid");
        grid.row("State", "state");
        grid.row("Operating system", "os");
        grid.row("Machine", "machine");
        grid.row("Firmware", "firmware");
        autostart.setId(AUTOSTART_ID);
        grid.row("Start with host", "autostart", autostart);
        grid.row("IP addresses", "addresses");
        grid.row("Guest agent", "agent");
        autostart.selectedProperty().addListener((obs, was, on) -> {
            if (!following) {
                model.setAutostart(on);
            }
        });
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        node = PageLayout.page(ID, PageLayout.heading("Overview"), grid.node(), problem, graphGrid());
        model.factsProperty().addListener((obs, old, now) -> showFacts(now));
        model.graphsProperty().addListener((obs, old, now) -> showGraphs(now));
        showFacts(model.factsProperty().get());
        showGraphs(model.graphsProperty().get());
        rereading = new Timeline(new KeyFrame(REREAD_EVERY, e -> rereadWhileShown()));
        rereading.setCycleCount(Animation.INDEFINITE);
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                rereading.play();
            } else {
                rereading.stop();
            }
        });
    }

    /** Addresses and the agent change without an event; a closed window or another page stops the reads. */
    private void rereadWhileShown() {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            rereading.stop();
        } else {
            model.reread();
        }
    }

    private Node graphGrid() {
        GridPane pane = new GridPane();
        pane.setHgap(18);
        pane.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            pane.getColumnConstraints().add(column);
        }
        for (int i = 0; i < graphs.size(); i++) {
            pane.add(graphs.get(i), i % 2, i / 2);
        }
        return pane;
    }

    private void showFacts(OverviewFacts facts) {
        if (facts == null) {
            return;
        }
        grid.set("name", facts.name());
        grid.set("title", facts.notes().title());
        grid.set("description", facts.notes().description());
        grid.set("uuid", facts.uuid());
        grid.set("state", facts.state());
        grid.set("os", facts.machine().os());
        grid.set("machine", facts.machine().machine());
        grid.set("firmware", facts.machine().firmware());
        grid.set("addresses", addresses(facts.addresses()));
        grid.set("agent", facts.agent());
        following = true;
        autostart.setSelected(facts.autostart());
        following = false;
    }

    private static String addresses(List<String> addresses) {
        return addresses.isEmpty() ? "none known" : String.join("\n", addresses);
    }

    private void showGraphs(List<GraphData> data) {
        long now = model.now();
        for (int i = 0; i < data.size() && i < graphs.size(); i++) {
            graphs.get(i).draw(data.get(i), now);
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Overview";
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        // The source watches the guest itself; nothing to do per read.
    }
}
