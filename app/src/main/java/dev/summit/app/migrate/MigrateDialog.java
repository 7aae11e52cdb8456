package dev.summit.app.migrate;

import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.migrate.MigrationMode;
import dev.summit.connectors.migrate.StorageCopy;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Migrate window: destination, mode, storage and options in plain words, the precheck grid, then progress. */
public final class MigrateDialog {
    public static final String ID = "migrate-dialog";

    private final MigrateViewModel vm;
    private final Stage stage = new Stage();
    private final PrecheckGrid grid = new PrecheckGrid();
    private final ProgressFigures progress = new ProgressFigures();
    private final PauseTransition recheck = new PauseTransition(Duration.millis(300));

    public MigrateDialog(MigrateViewModel vm, List<HostRow> destinations, String sourceName, Window owner) {
        this.vm = vm;
        recheck.setOnFinished(event -> vm.check());
        ComboBox<HostRow> destination = new ComboBox<>();
        destination.setId("migrate-destination");
        destination.getItems().setAll(destinations);
        destination.setPromptText("Choose a host");
        grid.showHint("The checks run as soon as a destination is chosen; nothing moves before Start.");
        destination.setConverter(new StringConverter<>() {
            @Override
            public String toString(HostRow host) {
                return host == null ? "" : host.nameProperty().get();
            }

            @Override
            public HostRow fromString(String text) {
                return null;
            }
        });
        destination.valueProperty().addListener((o, was, now) -> {
            vm.destination.set(now == null ? null : now.uri());
            if (stage.isShowing()) {
                recheck.playFromStart();
            }
        });

        Label heading = new Label("Move " + vm.guestName() + " from " + sourceName + " to");
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold");
        HBox top = new HBox(10, heading, destination);
        top.setAlignment(Pos.CENTER_LEFT);

        ScrollPane gridScroll = new ScrollPane(grid.view());
        gridScroll.setFitToWidth(true);
        gridScroll.setPrefViewportHeight(250);
        TitledPane checks = new TitledPane("Before anything moves", gridScroll);
        checks.setCollapsible(false);
        VBox.setVgrow(checks, Priority.ALWAYS);

        CheckBox override = new CheckBox("Start anyway: I accept the risk of the red lines marked \"may be overridden\"");
        override.setId("migrate-override");
        override.selectedProperty().bindBidirectional(vm.override);
        override.setVisible(false);
        override.managedProperty().bind(override.visibleProperty());

        Label message = new Label();
        message.setId("migrate-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);

        Button start = new Button("Start");
        start.setId("migrate-start");
        start.setDefaultButton(true);
        Button cancel = new Button("Cancel Migration");
        cancel.setId("migrate-cancel");
        Button close = new Button("Close");
        close.setId("migrate-close");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, message, spacer, start, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(message, Priority.SOMETIMES);

        progress.view().setVisible(false);
        progress.view().managedProperty().bind(progress.view().visibleProperty());
        TitledPane options = new TitledPane("How", options());
        options.setCollapsible(false);

        VBox root = new VBox(12, top, options, checks, override, progress.view(), buttons);
        root.setPadding(new Insets(14));
        root.setId(ID);

        vm.lines.addListener((javafx.collections.ListChangeListener<dev.summit.connectors.migrate.PrecheckLine>) change -> {
            grid.show(vm.currentLines());
            override.setVisible(vm.anyOverridable());
        });
        vm.figures.addListener((o, was, now) -> progress.show(now));
        vm.outcome.addListener((o, was, now) -> progress.finished(now));
        start.disableProperty().bind(vm.blocked().or(vm.phase.isNotEqualTo(MigrateViewModel.Phase.CHOOSING)));
        start.visibleProperty().bind(vm.phase.isNotEqualTo(MigrateViewModel.Phase.MOVING));
        cancel.visibleProperty().bind(vm.phase.isEqualTo(MigrateViewModel.Phase.MOVING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        close.disableProperty().bind(vm.phase.isEqualTo(MigrateViewModel.Phase.MOVING));
        options.disableProperty().bind(vm.phase.isEqualTo(MigrateViewModel.Phase.MOVING).or(vm.phase.isEqualTo(MigrateViewModel.Phase.DONE)));
        destination.disableProperty().bind(options.disableProperty());
        start.setOnAction(event -> {
            progress.view().setVisible(true);
            vm.start();
        });
        cancel.setOnAction(event -> vm.cancel());
        close.setOnAction(event -> stage.close());
        stage.setOnCloseRequest(event -> {
            if (vm.phase.get() == MigrateViewModel.Phase.MOVING) {
                event.consume();   // the job keeps running; closing would hide it, so Cancel it first
            }
        });

        stage.setTitle("Migrate " + vm.guestName());
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 960, 820));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (destinations.size() == 1) {
            destination.getSelectionModel().select(0);
        }
    }

    public Stage stage() {
        return stage;
    }

    /** Preselects a destination (a drop onto a host heading). */
    public void choose(HostRow host) {
        @SuppressWarnings("unchecked")
        ComboBox<HostRow> combo = (ComboBox<HostRow>) stage.getScene().lookup("#migrate-destination");
        combo.getSelectionModel().select(host);
    }

    public void show() {
        stage.show();
        vm.check();
    }

    private GridPane options() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        ToggleGroup modes = new ToggleGroup();
        grid.add(new Label("Mode"), 0, 0);
        grid.add(choice("Live", "mode-live", modes, vm.mode, MigrationMode.LIVE,
                "runs on; pauses only for the final switch"), 1, 0);
        grid.add(choice("Paused", "mode-paused", modes, vm.mode, MigrationMode.PAUSED,
                "paused while it moves; always finishes"), 1, 1);
        grid.add(choice("Offline", "mode-offline", modes, vm.mode, MigrationMode.OFFLINE,
                "shut off: only its definition moves"), 1, 2);
        ToggleGroup storages = new ToggleGroup();
        grid.add(new Label("Disks"), 0, 3);
        grid.add(choice("Shared", "storage-shared", storages, vm.storage, StorageCopy.SHARED,
                "disks already visible on the destination"), 1, 3);
        grid.add(choice("Copy all", "storage-all", storages, vm.storage, StorageCopy.ALL,
                "copy local disks whole"), 1, 4);
        grid.add(choice("Copy changes", "storage-inc", storages, vm.storage, StorageCopy.INCREMENTAL,
                "copy the top layer onto images there"), 1, 5);

        grid.add(check("Keep it defined on the source", "opt-keep-source", vm.keepSource,
                "it stays there, shut off, as a fallback"), 2, 0);
        grid.add(check("Define it on the destination", "opt-persistent", vm.persistent,
                "it survives the destination's reboot"), 2, 1);
        grid.add(check("Leave it paused on arrival", "opt-keep-paused", vm.keepPaused,
                "resume it yourself when ready"), 2, 2);
        grid.add(check("Auto-converge", "opt-auto-converge", vm.autoConverge,
                "slow its CPUs if memory changes faster than it is sent"), 2, 3);
        grid.add(check("Post-copy if needed", "opt-postcopy", vm.postCopy,
                "when memory changes faster than the network can carry it, run on the destination and fetch the rest"), 2, 4);
        grid.add(check("Compress", "opt-compressed", vm.compressed, "resend changed pages compressed"), 2, 5);
        grid.add(check("Peer-to-peer", "opt-p2p", vm.peerToPeer,
                "the source host connects to the destination itself; its address must work from there"), 2, 6);
        grid.add(check("Tunnelled", "opt-tunnelled", vm.tunnelled,
                "send the data through libvirt's own connection (one port, its encryption)"), 2, 7);
        grid.add(new Label("Bandwidth cap"), 0, 6);
        grid.add(new HBox(8, number("opt-bandwidth", vm.bandwidth, 100_000), new Label("MiB/s (0 = no cap)")), 1, 6);
        grid.add(new Label("Longest pause"), 0, 7);
        grid.add(new HBox(8, number("opt-max-downtime", vm.maxDowntime, 60_000),
                new Label("ms for the final switch (0 = libvirt's default)")), 1, 7);
        return grid;
    }

    private <T> RadioButton choice(String text, String id, ToggleGroup group, ObjectProperty<T> property, T value,
                                   String help) {
        RadioButton button = new RadioButton(text + " — " + help);
        button.setTooltip(new javafx.scene.control.Tooltip(help));
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(property.get() == value);
        button.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                property.set(value);
                recheck.playFromStart();
            }
        });
        return button;
    }

    private VBox check(String text, String id, BooleanProperty property, String help) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        box.setTooltip(new javafx.scene.control.Tooltip(help));
        box.selectedProperty().addListener((o, was, now) -> recheck.playFromStart());
        Label explain = new Label(help);
        explain.setStyle("-fx-opacity: 0.7; -fx-font-size: 0.9em");
        explain.setWrapText(true);
        explain.setMaxWidth(360);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(0, box, explain);
    }

    private Spinner<Integer> number(String id, LongProperty property, int max) {
        Spinner<Integer> spinner = new Spinner<>(0, max, (int) property.get(), 1);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((o, was, now) -> property.set(now == null ? 0 : now));
        return spinner;
    }
}
