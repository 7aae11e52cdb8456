package dev.summit.app.backup;

import dev.summit.connectors.backup.BackupManifest;
import dev.summit.connectors.backup.StoredBackup;
import dev.summit.connectors.units.ByteSize;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Restore Backup…: folder → its backups → as a new guest (name, pool) or in place. Work runs in {@link RestoreViewModel}. */
public final class RestoreDialog {
    public static final String ID = "restore-dialog";
    public static final String FOLDER_ID = "restore-folder";
    public static final String LIST_ID = "restore-backups";
    public static final String FINDINGS_ID = "restore-findings";
    public static final String CLEAN_ID = "restore-clean-up";
    public static final String NEW_GUEST_ID = "restore-as-new";
    public static final String IN_PLACE_ID = "restore-in-place";
    public static final String NAME_ID = "restore-name";
    public static final String POOL_ID = "restore-pool";
    public static final String START_ID = "restore-start";
    public static final String MESSAGE_ID = "restore-message";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final RestoreViewModel model;
    private final ComboBox<String> pool = new ComboBox<>();

    RestoreDialog(RestoreViewModel model, Window owner) {
        this.model = model;
        HBox folderRow = new FolderField(FOLDER_ID, "The folder backups were made into", "Folder of backups",
                model.folderProperty(), model::load, stage, model.otherHost()).node();

        ListView<StoredBackup> list = new ListView<>(model.backups());
        list.setId(LIST_ID);
        list.setPrefHeight(170);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(StoredBackup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : describe(backup));
                setTooltip(empty || backup == null ? null : new javafx.scene.control.Tooltip(backup.folder().toString()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        Label findings = new Label();
        findings.setId(FINDINGS_ID);
        findings.setWrapText(true);
        findings.setMaxWidth(620);
        findings.setMinHeight(Region.USE_PREF_SIZE);
        findings.getStyleClass().add("backup-note");
        findings.textProperty().bind(model.findingsProperty());
        Button clean = new Button("Clean Up");
        clean.setId(CLEAN_ID);
        clean.visibleProperty().bind(model.leftoversProperty());
        clean.managedProperty().bind(clean.visibleProperty());
        clean.setOnAction(e -> model.cleanUp());
        HBox findingsRow = new HBox(10, findings, clean);
        findingsRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(findings, Priority.ALWAYS);

        ToggleGroup how = new ToggleGroup();
        RadioButton asNew = new RadioButton("As a new guest (new name, UUID and MAC addresses)");
        asNew.setId(NEW_GUEST_ID);
        RadioButton inPlace = new RadioButton("In place — over the disks of the guest it was taken of, which must be shut off");
        inPlace.setId(IN_PLACE_ID);
        asNew.setToggleGroup(how);
        inPlace.setToggleGroup(how);
        asNew.setSelected(true);
        model.asNewGuestProperty().bind(asNew.selectedProperty());
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.disableProperty().bind(asNew.selectedProperty().not());
        pool.setId(POOL_ID);
        pool.setEditable(true);
        pool.valueProperty().bindBidirectional(model.poolProperty());
        pool.disableProperty().bind(asNew.selectedProperty().not());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Folder"), folderRow);
        form.addRow(1, new Label("Backups"), list);
        form.add(findingsRow, 1, 2);
        form.addRow(3, new Label("Restore"), asNew);
        form.addRow(4, new Label("Name"), name);
        form.addRow(5, new Label("Pool"), pool);
        form.add(inPlace, 1, 6);
        GridPane.setHgrow(list, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMaxWidth(680);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        Button start = new Button("Restore");
        start.setId(START_ID);
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty().or(model.selectedProperty().isNull()));
        start.setOnAction(e -> model.restore());
        Button cancel = new Button("Cancel Restore");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(10, cancel, start, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label heading = new Label("Restore a backup");
        heading.getStyleClass().add("backup-heading");
        VBox root = new VBox(14, heading, form, progress, message, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(760);
        root.setId(ID);
        stage.setTitle("Restore Backup");
        stage.initOwner(owner);
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    static String describe(StoredBackup backup) {
        BackupManifest m = backup.manifest();
        // The folder's own name is the tooltip: with the guest's name in it, it would double the line.
        return m.guest() + " — " + m.kind().word() + ", " + TIME.format(m.time()) + ", " + ByteSize.human(m.totalSize());
    }

    /** The host's pools, when they have been read. */
    void offerPools(List<String> names) {
        pool.getItems().setAll(names);
    }

    public Stage stage() {
        return stage;
    }

    public RestoreViewModel model() {
        return model;
    }

    void show() {
        stage.show();
    }
}
