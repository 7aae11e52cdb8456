package dev.summit.app.settings;

import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import dev.summit.app.vmlist.ListRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window back as the user left it, and reads it again when it closes. FX thread only. */
public final class LayoutMemory {
    private LayoutMemory() {
    }

    /** Call before the stage is shown, so it opens at its place and never jumps. */
    public static void restore(RememberedLayout layout, Stage stage, TreeTableView<ListRow> table) {
        layout.placement().ifPresent(p -> p.applyTo(stage, Screen.getScreens().stream().map(Screen::getVisualBounds).toList()));
        for (TreeTableColumn<ListRow, ?> column : table.getColumns()) {
            Double width = layout.columnWidths().get(column.getText());
            if (width != null) {
                column.setPrefWidth(width);
            }
            Boolean shown = layout.columnShown().get(column.getText());
            if (shown != null) {
                column.setVisible(shown);
            }
        }
        layout.selectedHost().ifPresent(uri -> selectWhenListed(table, uri));
    }

    public static RememberedLayout capture(Stage stage, TreeTableView<ListRow> table) {
        Map<String, Double> widths = new LinkedHashMap<>();
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (TreeTableColumn<ListRow, ?> column : table.getColumns()) {
            // A hidden column has no width of its own: keep the one it had when it last showed.
            if (column.isVisible()) {
                widths.put(column.getText(), column.getWidth());
            }
            shown.put(column.getText(), column.isVisible());
        }
        return new RememberedLayout(Optional.of(WindowPlacement.of(stage)), widths, selectedHostUri(table), shown);
    }

    /** The host of the selected row: a guest counts as its host. */
    static Optional<String> selectedHostUri(TreeTableView<ListRow> table) {
        TreeItem<ListRow> item = table.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue() == null) {
            return Optional.empty();
        }
        ListRow row = item.getValue();
        if (row instanceof GuestRow guest) {
            return Optional.of(guest.hostUri());
        }
        return Optional.of(((HostRow) row).uri());
    }

    /** Hosts are listed after the window shows, so the selection waits for its row, once. */
    private static void selectWhenListed(TreeTableView<ListRow> table, String uri) {
        if (select(table, uri)) {
            return;
        }
        ListChangeListener<TreeItem<ListRow>> listener = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends TreeItem<ListRow>> change) {
                if (select(table, uri) || !table.getSelectionModel().isEmpty()) {
                    // Found, or the user picked something first: either way, stop waiting.
                    table.getRoot().getChildren().removeListener(this);
                }
            }
        };
        table.getRoot().getChildren().addListener(listener);
    }

    private static boolean select(TreeTableView<ListRow> table, String uri) {
        for (TreeItem<ListRow> item : table.getRoot().getChildren()) {
            if (item.getValue() instanceof HostRow host && host.uri().equals(uri)) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(item);
                return true;
            }
        }
        return false;
    }
}
