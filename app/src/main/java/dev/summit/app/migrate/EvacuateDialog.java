package dev.summit.app.migrate;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.migrate.Evacuation;
import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.migrate.MigrationOption;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.ops.CancelSignal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Evacuate Host: every running guest off a host, N at a time, with the same prechecks as a single
 * migration. Guests that cannot move stay running and are listed with why.
 */
public final class EvacuateDialog {
    public static final String ID = "evacuate-dialog";

    private final Stage stage = new Stage();
    private final ListView<String> results = new ListView<>();
    private final Label status = new Label("Every running guest moves live; shared storage is expected.");
    private final CancelSignal cancel = new CancelSignal();

    EvacuateDialog(HostRow host, List<HostRow> destinations, GuestsInMigration inFlight, TaskRunner tasks,
                   Executor work, Window owner) {
        ComboBox<HostRow> destination = new ComboBox<>();
        destination.setId("evacuate-destination");
        destination.getItems().setAll(destinations);
        destination.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(HostRow row) {
                return row == null ? "" : row.nameProperty().get();
            }

            @Override
            public HostRow fromString(String text) {
                return null;
            }
        });
        if (!destinations.isEmpty()) {
            destination.getSelectionModel().select(0);
        }
        Spinner<Integer> parallel = new Spinner<>(1, 8, 1);
        parallel.setId("evacuate-parallel");
        CheckBox p2p = new CheckBox("Peer-to-peer (the source host connects to the destination itself)");
        Button start = new Button("Evacuate");
        start.setId("evacuate-start");
        Button stop = new Button("Cancel");
        stop.setDisable(true);
        stop.setOnAction(event -> {
            cancel.cancel();
            status.setText("Cancelling: guests not yet moved stay where they are…");
        });
        Button close = new Button("Close");
        close.setOnAction(event -> stage.close());
        status.setId("evacuate-status");
        status.setWrapText(true);
        results.setId("evacuate-results");
        VBox.setVgrow(results, Priority.ALWAYS);
        start.setOnAction(event -> {
            start.setDisable(true);
            stop.setDisable(false);
            destination.setDisable(true);
            parallel.setDisable(true);
            p2p.setDisable(true);
            status.setText("Moving the running guests of " + host.nameProperty().get() + "…");
            MigrationRequest template = MigrationRequest.live(host.uri(), "-", destination.getValue().uri())
                    .with(MigrationOption.PEER_TO_PEER, p2p.isSelected());
            Evacuation evacuation = new Evacuation(template, parallel.getValue(), inFlight);
            tasks.run(host.uri(), null, "evacuate",
                    () -> CompletableFuture.supplyAsync(() -> evacuation.run((guest, figures) -> Platform.runLater(
                            () -> status.setText(guest + ": " + figures.describe())), cancel), work),
                    EvacuateDialog::summary, all -> all.stream().allMatch(Evacuation.GuestResult::moved))
                    .whenCompleteAsync((all, failure) -> {
                        stop.setDisable(true);
                        if (failure != null) {
                            status.setText(TaskRunner.messageOf(failure));
                            return;
                        }
                        all.forEach(r -> results.getItems().add((r.moved() ? "✔ " : "✘ ") + r.sentence()
                                + (r.outcome() != null && r.outcome().moved() ? "  (" + r.outcome().figures() + ")" : "")));
                        status.setText(summary(all));
                    }, Platform::runLater);
        });
        javafx.scene.layout.GridPane top = new javafx.scene.layout.GridPane();
        top.setHgap(10);
        top.setVgap(8);
        top.addRow(0, new Label("Move every running guest of " + host.nameProperty().get() + " to"), destination);
        top.addRow(1, new Label("Guests moving at once"), parallel);
        HBox buttons = new HBox(10, start, stop, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, top, p2p, status, results, buttons);
        root.setId(ID);
        root.setPadding(new Insets(14));
        stage.setTitle("Evacuate " + host.nameProperty().get());
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 820, 480));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    static String summary(List<Evacuation.GuestResult> all) {
        long moved = all.stream().filter(Evacuation.GuestResult::moved).count();
        return moved + " of " + all.size() + " running guests moved" + (moved == all.size() ? "." : "; the others stay where they were.");
    }

    public Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }
}
