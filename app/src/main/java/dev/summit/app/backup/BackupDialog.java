package dev.summit.app.backup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Backup…: folder, full or incremental, progress and Cancel. Everything it asks runs in {@link BackupViewModel}. */
public final class BackupDialog {
    public static final String ID = "backup-dialog";
    public static final String FOLDER_ID = "backup-folder";
    public static final String FULL_ID = "backup-full";
    public static final String INCREMENTAL_ID = "backup-incremental";
    public static final String START_ID = "backup-start";
    public static final String CANCEL_ID = "backup-cancel";
    public static final String MESSAGE_ID = "backup-message";
    public static final String REPORT_ID = "backup-folder-report";
    public static final String PROGRESS_ID = "backup-progress";
    public static final String UPGRADE_ID = "backup-upgrade";

    private final Stage stage = new Stage();
    private final BackupViewModel model;

    BackupDialog(BackupViewModel model, Window owner) {
        this.model = model;
        String name = model.guestName();
        HBox folderRow = new FolderField(FOLDER_ID, "A folder on the guest's host, e.g. /var/backups/guests",
                "Backup folder", model.folderProperty(), model::checkFolder, stage, model.otherHost()).node();

        ToggleGroup kind = new ToggleGroup();
        RadioButton full = new RadioButton("Full — every disk whole (sparse), as qcow2");
        full.setId(FULL_ID);
        RadioButton incremental = new RadioButton("Incremental — only what changed since the newest backup in this folder");
        incremental.setId(INCREMENTAL_ID);
        full.setToggleGroup(kind);
        incremental.setToggleGroup(kind);
        full.setSelected(!model.incrementalProperty().get());
        incremental.setSelected(model.incrementalProperty().get());
        model.incrementalProperty().bind(incremental.selectedProperty());

        Label report = new Label();
        report.setId(REPORT_ID);
        report.setWrapText(true);
        report.setMaxWidth(560);
        report.setMinHeight(Region.USE_PREF_SIZE);
        report.getStyleClass().add("backup-note");
        report.textProperty().bind(model.folderReportProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Folder"), folderRow);
        form.add(report, 1, 1);
        form.addRow(2, new Label("Kind"), full);
        form.add(incremental, 1, 3);
        Label note = new Label("The guest keeps running. Each backup is a sub-folder with the disks, the definition and"
                + " a manifest; only finished ones are listed for restore.");
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("backup-note");
        form.add(note, 1, 4);

        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMaxWidth(640);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        Button upgrade = new Button("Upgrade Disks to qcow2 v3");
        upgrade.setId(UPGRADE_ID);
        upgrade.visibleProperty().bind(model.upgradeOfferedProperty());
        upgrade.managedProperty().bind(upgrade.visibleProperty());
        upgrade.disableProperty().bind(model.runningProperty());
        upgrade.setOnAction(e -> model.upgrade());
        Button start = new Button("Back Up");
        start.setId(START_ID);
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button cancel = new Button("Cancel Backup");
        cancel.setId(CANCEL_ID);
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, upgrade, spacer, cancel, start, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label heading = new Label("Back up " + name);
        heading.getStyleClass().add("backup-heading");
        VBox root = new VBox(14, heading, form, progress, message, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(720);
        root.setId(ID);
        root.getStyleClass().add("backup-dialog");
        stage.setTitle("Back up " + name);
        stage.initOwner(owner);
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // Closing while a job runs leaves it running in libvirt; cancel it so nothing half-done stays.
        stage.setOnHidden(e -> model.cancel());
    }

    public Stage stage() {
        return stage;
    }

    public BackupViewModel model() {
        return model;
    }

    void show() {
        stage.show();
    }
}
