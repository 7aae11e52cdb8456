package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;

/** Memory: the maximum the guest boots with and what the balloon leaves it now, and the change to them. */
public final class MemoryPage implements DetailsPage {
    public static final String KEY = "memory";
    public static final String ID = "details-memory";
    public static final String MAXIMUM_ID = "memory-maximum";
    public static final String CURRENT_ID = "memory-current";
    public static final String APPLY_ID = "memory-apply";
    public static final String OUTCOME_ID = "memory-outcome";
    public static final String PROBLEM_ID = "memory-problem";
    public static final String PENDING_MAXIMUM_ID = "memory-pending-maximum";
    public static final String PENDING_CURRENT_ID = "memory-pending-current";
    private static final int MAX_MIB = 16 * 1024 * 1024;

    private final MemoryViewModel model;
    private final Spinner<Integer> maximum = spinner(MAXIMUM_ID);
    private final Spinner<Integer> current = spinner(CURRENT_ID);
    private final Node node;

    public MemoryPage(ShownGuest guest) {
        this(new MemoryViewModel(guest::apply));
    }

    MemoryPage(MemoryViewModel model) {
        this.model = model;
        FactGrid grid = new FactGrid();
        grid.row("Maximum (MiB)", "memory-maximum-row", withMarker(maximum, PENDING_MAXIMUM_ID, model.pendingMaximumProperty()));
        grid.row("Current (MiB)", "memory-current-row", withMarker(current, PENDING_CURRENT_ID, model.pendingCurrentProperty()));
        model.maximumMiBProperty().addListener((obs, old, now) -> maximum.getValueFactory().setValue(now.intValue()));
        model.currentMiBProperty().addListener((obs, old, now) -> current.getValueFactory().setValue(now.intValue()));
        Button apply = new Button("Apply");
        apply.setId(APPLY_ID);
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busyProperty());
        apply.setOnAction(e -> model.apply(maximum.getEditor().getText(), current.getEditor().getText()));
        Label outcome = bound(OUTCOME_ID, "edit-outcome", model.outcomeProperty());
        Label problem = bound(PROBLEM_ID, "problem", model.problemProperty());
        node = PageLayout.page(ID, PageLayout.heading("Memory"), grid.node(), apply, outcome, problem,
                PageLayout.note("The current amount moves on a running guest through its balloon driver. "
                        + "The maximum is what the guest boots with: on a running guest it changes at next boot."));
    }

    private static Spinner<Integer> spinner(String id) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_MIB, 1024, 128));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(130);
        return spinner;
    }

    private static Node withMarker(Spinner<Integer> spinner, String id, javafx.beans.value.ObservableStringValue text) {
        Label marker = new Label();
        marker.setId(id);
        marker.getStyleClass().add("pending-marker");
        marker.textProperty().bind(text);
        marker.visibleProperty().bind(marker.textProperty().isNotEmpty());
        return new HBox(10, spinner, marker);
    }

    private static Label bound(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Memory";
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
    }
}
