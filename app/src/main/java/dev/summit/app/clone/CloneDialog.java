package dev.summit.app.clone;

import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.ops.CloneRequest;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.units.ByteSize;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Clone…: a name, how many, linked or full. The checks run on the host when Clone is pressed; the
 * first problem stays in the dialog, so the user can fix it there. Nothing blocks the FX thread.
 */
public final class CloneDialog {
    public static final String ID = "clone-dialog";

    private final Stage stage = new Stage();
    private final GuestRow guest;
    private final HostSession host;
    private final TaskRunner tasks;
    private final TextField name = new TextField();
    private final Spinner<Integer> count = new Spinner<>(1, 100, 1);
    private final RadioButton linked = new RadioButton("Linked — made in a moment; the clones read the source's disks");
    private final RadioButton full = new RadioButton("Full — whole, independent copies (sparse), as large as the data");
    private final Label message = new Label();
    private final ProgressIndicator working = new ProgressIndicator();
    private final Button clone = new Button("Clone");
    private final Button cancelButton = new Button("Cancel");
    private final CheckBox pause = new CheckBox();
    private final ProgressBar copied = new ProgressBar(0);
    private final CloneDiskTable disks = new CloneDiskTable();
    private final DisplayPasswordChoice password = new DisplayPasswordChoice();
    private CancelSignal cancel;

    CloneDialog(GuestRow guest, HostSession host, TaskRunner tasks, Window owner) {
        this.guest = guest;
        this.host = host;
        this.tasks = tasks;
        String source = guest.nameProperty().get();
        name.setId("clone-name");
        name.setText(source + "-clone");
        name.setPrefColumnCount(24);
        count.setId("clone-count");
        count.setEditable(true);
        count.setPrefWidth(90);
        ToggleGroup kind = new ToggleGroup();
        linked.setToggleGroup(kind);
        full.setToggleGroup(kind);
        linked.setSelected(true);
        linked.setId("clone-linked");
        full.setId("clone-full");
        Label overlayNote = new Label("For linked clones of an ordinary guest, '" + source + "' first moves onto a new"
                + " overlay of its own, so the image its clones read is never written again. A template needs no move.");
        overlayNote.setWrapText(true);
        overlayNote.setStyle("-fx-opacity: 0.75");
        overlayNote.visibleProperty().bind(linked.selectedProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        // The labels keep their width; the second column takes the rest and wraps the notes.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        overlayNote.setMaxWidth(600);
        overlayNote.setMinHeight(Region.USE_PREF_SIZE);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Copies"), count);
        Label hint = new Label("With several copies the names are " + "NAME-1, NAME-2…");
        hint.setStyle("-fx-opacity: 0.75");
        form.add(hint, 1, 2);
        form.addRow(3, new Label("Disks"), linked);
        form.add(full, 1, 4);
        form.add(overlayNote, 1, 5);
        form.addRow(6, new Label("Each disk"), disks.node());
        form.add(disks.warning(), 1, 7);
        pause.setId("clone-pause");
        pause.setText("Pause " + source + " while its disks are copied; it is resumed afterwards, whatever happens");
        pause.setWrapText(true);
        pause.setMaxWidth(600);
        pause.setMinHeight(Region.USE_PREF_SIZE);
        boolean running = guest.stateProperty().get() != null && guest.stateProperty().get().isActive();
        pause.setVisible(running);
        pause.setManaged(running);
        form.add(pause, 1, 8);
        form.addRow(9, new Label("VNC password"), password.node());
        copied.setId("clone-progress");
        copied.setMaxWidth(Double.MAX_VALUE);
        copied.setVisible(false);
        cancelButton.setId("clone-cancel");
        cancelButton.setVisible(false);
        cancelButton.setOnAction(e -> {
            if (cancel != null) {
                cancel.cancel();
                message.setText("Cancelling after the disk being copied…");
            }
        });
        CloneGuest.disks(host, guest.uuid()).whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                disks.show(list);
            } else {
                disks.show(List.of());
            }
        }));

        CloneGuest.hasDisplayPassword(host, guest.uuid()).whenComplete((has, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                password.sourceRead(source, has);
            }
        }));

        message.setId("clone-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        working.setVisible(false);
        working.setPrefSize(22, 22);
        clone.setId("clone-start");
        clone.setDefaultButton(true);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        clone.setOnAction(e -> start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        clone.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(10, working, message);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(10, spacer, cancelButton, clone, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label heading = new Label("Clone " + source);
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold");
        VBox root = new VBox(14, heading, form, status, copied, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(760);
        root.setId(ID);
        stage.setTitle("Clone " + source);
        stage.initOwner(owner);
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    public Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }

    private void start() {
        List<String> names = CloneGuest.namesFor(name.getText().strip(), count.getValue());
        CloneMode mode = full.isSelected() ? CloneMode.FULL : CloneMode.LINKED;
        if (password.problem().isPresent()) {
            busy(false, password.problem().get());
            return;
        }
        CloneRequest request = CloneRequest.of(guest.uuid(), names, mode).withDisks(disks.perDisk())
                .pausingSource(pause.isSelected()).withDisplayPassword(password.choice());
        busy(true, "Checking…");
        CloneGuest.precheck(host, request).whenComplete((problems, failure) -> Platform.runLater(() -> {
            if (failure != null || !problems.isEmpty()) {
                busy(false, failure != null ? TaskRunner.messageOf(failure) : problems.get(0));
                return;
            }
            busy(true, names.size() == 1 ? "Making " + names.get(0) + "…" : "Making " + names.size() + " clones…");
            cancel = new CancelSignal();
            CancelSignal mine = cancel;
            copied.setProgress(0);
            copied.setVisible(true);
            cancelButton.setVisible(true);
            OperationProgress shown = (fraction, bytes, sentence) -> Platform.runLater(() -> {
                // Late reports (the copy watcher's last poll) must not cover the outcome.
                if (cancel == mine && !mine.isCancelled()) {
                    copied.setProgress(fraction);
                    message.setText(sentence + (bytes > 0 ? " — " + ByteSize.human(bytes) + " copied" : "") + "…");
                }
            });
            tasks.run(new TaskLabel(guest.hostUri(), guest.nameProperty().get(), "clone"), mine,
                    pane -> CloneGuest.run(host, request, TaskRunner.both(shown, pane), mine),
                    outcome -> summary(outcome), outcome -> outcome.failure() == null)
                    .whenComplete((outcome, runFailure) -> {
                        if (runFailure != null) {
                            busy(false, TaskRunner.messageOf(runFailure));
                        } else if (outcome.failure() != null) {
                            busy(false, summary(outcome));
                        } else {
                            busy(false, summary(outcome));
                            clone.setDisable(true);
                        }
                    });
        }));
    }

    private static String summary(CloneGuest.Outcome outcome) {
        String made = outcome.made().isEmpty() ? "No clone made."
                : "Made " + String.join(", ", outcome.made().stream().map(CloneGuest.Copy::name).toList()) + ".";
        return outcome.failure() == null ? made : made + " " + outcome.failure();
    }

    private void busy(boolean busy, String text) {
        if (!busy) {
            cancel = null;
            copied.setVisible(false);
            cancelButton.setVisible(false);
        }
        working.setVisible(busy);
        clone.setDisable(busy);
        message.setText(text);
    }
}
