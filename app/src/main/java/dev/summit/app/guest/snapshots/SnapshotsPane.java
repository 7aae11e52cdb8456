package dev.summit.app.guest.snapshots;

import dev.summit.connectors.snapshots.Snapshot;
import dev.summit.connectors.snapshots.SnapshotTree;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Snapshots tab: the guest's snapshots as a tree (the current one marked), the chosen one's
 * screen when taken and its description, and the actions. Nothing is read until the tab is shown.
 */
public final class SnapshotsPane {
    public static final String TREE_ID = "snapshot-tree";
    public static final String TAKE_ID = "snapshot-take";
    public static final String REVERT_ID = "snapshot-revert";
    public static final String DELETE_ID = "snapshot-delete";
    public static final String DELETE_ALL_ID = "snapshot-delete-children";
    public static final String DESCRIPTION_ID = "snapshot-description";
    public static final String SAVE_DESCRIPTION_ID = "snapshot-save-description";
    public static final String MESSAGE_ID = "snapshot-message";
    public static final String THUMBNAIL_ID = "snapshot-thumbnail";
    static final String CURRENT_CLASS = "snapshot-current";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final SnapshotsViewModel model;
    private final TreeTableView<Snapshot> table = new TreeTableView<>();
    private final ImageView thumbnail = new ImageView();
    private final TextArea description = new TextArea();
    private final Label message = new Label();
    private final BorderPane root = new BorderPane();
    private final Map<String, Boolean> expanded = new HashMap<>();
    private boolean shownOnce;

    public SnapshotsPane(SnapshotsViewModel model, java.util.function.Supplier<Window> owner) {
        this.model = model;
        table.setId(TREE_ID);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", 190, s -> (s.current() ? "● " : "") + s.name()));
        table.getColumns().add(column("Taken", 165, s -> TIME.format(s.created())));
        table.getColumns().add(column("State", 80, Snapshot::state));
        table.getColumns().add(column("Type", 150, s -> s.kind().label()));
        table.getColumns().add(column("Description", 200, s -> s.description().lines().findFirst().orElse("")));
        table.setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Snapshot snapshot, boolean empty) {
                super.updateItem(snapshot, empty);
                getStyleClass().remove(CURRENT_CLASS);
                if (!empty && snapshot != null && snapshot.current()) {
                    getStyleClass().add(CURRENT_CLASS);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> showChosen(item));
        model.treeProperty().addListener((obs, old, tree) -> fill(tree));

        Button take = button("Take Snapshot…", TAKE_ID);
        take.setOnAction(e -> new TakeSnapshotDialog(owner.get()).ask().ifPresent(model::take));
        Button revert = button("Revert", REVERT_ID);
        revert.setOnAction(e -> chosen().ifPresent(s -> {
            if (Confirm.ask(owner.get(), "Revert to '" + s.name() + "'?", "What the guest did since will be lost.")) {
                model.revert(s.name());
            }
        }));
        Button delete = button("Delete", DELETE_ID);
        delete.setOnAction(e -> chosen().ifPresent(s -> {
            if (Confirm.ask(owner.get(), "Delete snapshot '" + s.name() + "'?", s.kind().external()
                    ? "Its overlay is merged into the disk; a large one takes a while." : "The guest stays as it is now.")) {
                model.delete(s.name(), false);
            }
        }));
        Button deleteAll = button("Delete with Children", DELETE_ALL_ID);
        deleteAll.setOnAction(e -> chosen().ifPresent(s -> {
            if (Confirm.ask(owner.get(), "Delete '" + s.name() + "' and every snapshot after it?", "The guest stays as it is now.")) {
                model.delete(s.name(), true);
            }
        }));
        var nothingChosen = table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        revert.disableProperty().bind(nothingChosen);
        delete.disableProperty().bind(nothingChosen);
        deleteAll.disableProperty().bind(nothingChosen);
        take.disableProperty().bind(model.busyProperty());

        description.setId(DESCRIPTION_ID);
        description.setPromptText("Description");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        Button save = button("Save Description", SAVE_DESCRIPTION_ID);
        save.disableProperty().bind(nothingChosen);
        save.setOnAction(e -> chosen().ifPresent(s -> model.describe(s.name(), description.getText())));
        thumbnail.setId(THUMBNAIL_ID);
        thumbnail.setFitWidth(SnapshotFolder.THUMBNAIL_WIDTH);
        thumbnail.setPreserveRatio(true);
        VBox side = new VBox(8, thumbnail, description, save);
        side.setPadding(new Insets(8));
        side.setPrefWidth(SnapshotFolder.THUMBNAIL_WIDTH + 16);
        side.getStyleClass().add("snapshot-side");

        message.setId(MESSAGE_ID);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setPadding(new Insets(4, 8, 4, 8));
        message.managedProperty().bind(Bindings.isNotEmpty(message.textProperty()));
        message.visibleProperty().bind(message.managedProperty());
        root.setTop(new VBox(new ToolBar(take, revert, delete, deleteAll), message));
        root.setCenter(table);
        root.setRight(side);
        root.getStyleClass().add("snapshots-pane");
    }

    public Node node() {
        return root;
    }

    /** The tab was chosen: read the tree (every time, so changes made elsewhere show). */
    public void shown() {
        shownOnce = true;
        model.refresh();
    }

    public SnapshotsViewModel model() {
        return model;
    }

    public TreeTableView<Snapshot> table() {
        return table;
    }

    public boolean wasShown() {
        return shownOnce;
    }

    private java.util.Optional<Snapshot> chosen() {
        TreeItem<Snapshot> item = table.getSelectionModel().getSelectedItem();
        return item == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(item.getValue());
    }

    private void fill(SnapshotTree tree) {
        String chosenName = chosen().map(Snapshot::name).orElse(null);
        TreeItem<Snapshot> top = new TreeItem<>();
        Map<String, TreeItem<Snapshot>> items = new HashMap<>();
        for (Snapshot root : tree.roots()) {
            top.getChildren().add(item(tree, root, items));
        }
        table.setRoot(top);
        TreeItem<Snapshot> again = chosenName == null ? null : items.get(chosenName);
        if (again == null) {
            again = tree.current().map(s -> items.get(s.name())).orElse(null);
        }
        if (again != null) {
            table.getSelectionModel().select(again);
        } else {
            showChosen(null);
        }
    }

    private TreeItem<Snapshot> item(SnapshotTree tree, Snapshot snapshot, Map<String, TreeItem<Snapshot>> items) {
        TreeItem<Snapshot> item = new TreeItem<>(snapshot);
        item.setExpanded(expanded.getOrDefault(snapshot.name(), true));
        item.expandedProperty().addListener((obs, was, now) -> expanded.put(snapshot.name(), now));
        items.put(snapshot.name(), item);
        for (Snapshot child : tree.children(snapshot.name())) {
            item.getChildren().add(item(tree, child, items));
        }
        return item;
    }

    private void showChosen(TreeItem<Snapshot> item) {
        Snapshot snapshot = item == null ? null : item.getValue();
        description.setText(snapshot == null ? "" : snapshot.description());
        thumbnail.setImage(null);
        if (snapshot != null) {
            model.thumbnail(snapshot.name()).thenAccept(bytes -> {
                if (chosen().filter(s -> s.name().equals(snapshot.name())).isPresent()) {
                    thumbnail.setImage(bytes.flatMap(ThumbnailImage::of).orElse(null));
                }
            });
        }
    }

    private static TreeTableColumn<Snapshot, String> column(String title, double width, Function<Snapshot, String> value) {
        TreeTableColumn<Snapshot, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : value.apply(cell.getValue().getValue())));
        return column;
    }

    private static Button button(String label, String id) {
        Button button = new Button(label);
        button.setId(id);
        return button;
    }
}
