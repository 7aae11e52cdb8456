package dev.summit.app.tasks.log;

import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Tasks pane under the guest list, like Proxmox's task log: running operations with their
 * progress and Cancel, finished ones with result, start, duration and message; double-click (or
 * Details) shows a row's full text.
 */
public final class TasksPane {
    public static final String PANE_ID = "tasks-pane";
    public static final String TABLE_ID = "tasks-table";
    public static final String CANCEL_ID = "tasks-cancel";
    public static final String DETAILS_ID = "tasks-details";
    static final String FAILED_STYLE = "task-failed";
    static final String STOPPED_STYLE = "task-stopped";

    private final TasksViewModel model;
    private final TableView<TaskRow> table = new TableView<>();
    private final Button cancel = new Button("Cancel");
    private final Button details = new Button("Details…");
    private final VBox node;
    /** Repaints running rows' progress and duration; stops while nothing runs. */
    private final Timeline ticker;
    /** The history id of the row last selected, kept through reloads; 0 for none. */
    private long selectedId;

    public TasksPane(TasksViewModel model) {
        this.model = model;
        table.setId(TABLE_ID);
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No operations yet."));
        table.getColumns().add(column("Started", 150, row -> TaskWords.started(row.record().startedAt())));
        // Headers never say a menu's name (Guest, View…): a test clicking "Guest" must reach the menu.
        table.getColumns().add(column("Guest name", 130, row -> row.record().guestName() == null ? "—" : row.record().guestName()));
        table.getColumns().add(column("Host", 150, row -> row.record().hostUri()));
        table.getColumns().add(column("Operation", 150, row -> TaskWords.operation(row.record().operation())));
        table.getColumns().add(statusColumn());
        table.getColumns().add(column("Duration", 90, TaskRow::duration));
        table.getColumns().add(column("Message", 420, TaskRow::message));
        table.setRowFactory(view -> {
            TableRow<TaskRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    TaskDetails.show(row.getItem(), table.getScene().getWindow());
                }
            });
            return row;
        });

        cancel.setId(CANCEL_ID);
        details.setId(DETAILS_ID);
        cancel.setOnAction(e -> {
            TaskRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && selected.cancellable()) {
                selected.live().cancel();
                refresh();
            }
        });
        details.setOnAction(e -> {
            TaskRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                TaskDetails.show(selected, table.getScene().getWindow());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedId = now.record().id();
            }
            enableButtons();
        });
        model.rows().addListener((javafx.collections.ListChangeListener<TaskRow>) change -> {
            reselect();
            enableButtons();
        });
        enableButtons();

        Label title = new Label("Tasks");
        title.getStyleClass().add("tasks-title");
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, problem, spacer, details, cancel);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        node = new VBox(header, table);
        node.setId(PANE_ID);
        node.setMinHeight(0);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh()));
        ticker.setCycleCount(Animation.INDEFINITE);
        model.runningCountProperty().addListener((obs, old, now) -> {
            if (now.intValue() > 0) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
    }

    /** Stops repainting progress (the window is closing). */
    void stop() {
        ticker.stop();
    }

    public VBox node() {
        return node;
    }

    /** A reload replaces every row: the one the user had selected is selected again. */
    private void reselect() {
        if (table.getSelectionModel().getSelectedItem() != null || selectedId <= 0) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).record().id() == selectedId) {
                table.getSelectionModel().select(i);
                return;
            }
        }
    }

    private void refresh() {
        table.refresh();
        enableButtons();
    }

    private void enableButtons() {
        TaskRow selected = table.getSelectionModel().getSelectedItem();
        cancel.setDisable(selected == null || !selected.cancellable());
        details.setDisable(selected == null);
    }

    private static TableColumn<TaskRow, String> column(String title, double width, Function<TaskRow, String> text) {
        TableColumn<TaskRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    /** The result word; a bar beside the percentage while this Summit runs the operation. */
    private static TableColumn<TaskRow, String> statusColumn() {
        TableColumn<TaskRow, String> column = column("Status", 150, TaskRow::status);
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                TaskRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : status);
                getStyleClass().removeAll(FAILED_STYLE, STOPPED_STYLE);
                if (row != null && row.record().outcome() != null) {
                    switch (row.record().outcome()) {
                        case FAILED -> getStyleClass().add(FAILED_STYLE);
                        case CANCELLED, INTERRUPTED -> getStyleClass().add(STOPPED_STYLE);
                        default -> { }
                    }
                }
                if (row != null && row.live() != null) {
                    double fraction = row.live().reading().fraction();
                    bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
                    bar.setPrefWidth(70);
                    setGraphic(bar);
                } else {
                    setGraphic(null);
                }
            }
        });
        return column;
    }
}
