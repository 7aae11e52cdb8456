package dev.summit.app.vmlist;

import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The host/guest tree: hosts as headings, their guests beneath, kept in step with the view-model. */
public final class GuestTable {
    public static final String ID = "guest-table";
    /** The optional address column's title, also its key in the remembered layout. */
    public static final String IP_COLUMN = "IP";

    private final TreeTableView<ListRow> table = new TreeTableView<>(new TreeItem<>());
    private final Map<HostRow, TreeItem<ListRow>> hostItems = new HashMap<>();
    private final TreeTableColumn<ListRow, String> ipColumn = ipColumn();

    public GuestTable(VmListViewModel model) {
        table.setId(ID);
        table.setShowRoot(false);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No connections. Add one with File → Add Connection…"));
        table.getColumns().addAll(List.of(nameColumn(), stateColumn(), cpuColumn(), memoryColumn(),
                rateColumn("Disk I/O", GuestRow::diskBytesPerSecProperty),
                rateColumn("Network", GuestRow::netBytesPerSecProperty), ipColumn));
        // The header's "+" menu lists every column with a tick: how a user shows the IP column from the table.
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(view -> new DraggableRow());
        model.hosts().forEach(this::addHost);
        model.hosts().addListener((ListChangeListener<HostRow>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeHost);
                change.getAddedSubList().forEach(this::addHost);
            }
        });
    }

    /**
     * What happens when guests are dragged onto another host's heading (a feature, e.g. migration,
     * decides). Kept in the table's properties so a feature reaches it through the window's table.
     */
    public static void onGuestsDropped(TreeTableView<ListRow> table, BiConsumer<List<GuestRow>, HostRow> handler) {
        table.getProperties().put(DROP_HANDLER, handler);
    }

    private static final String DROP_HANDLER = "summit.guest-drop-handler";
    private static final DataFormat GUESTS = new DataFormat("application/x-summit-guests");

    /** Guest rows can be dragged; a host heading takes them when they come from another host. */
    private final class DraggableRow extends TreeTableRow<ListRow> {
        DraggableRow() {
            setOnDragDetected(event -> {
                List<GuestRow> dragged = selectedGuests();
                if (!(getItem() instanceof GuestRow) || dragged.isEmpty()) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(GUESTS, dragged.stream().map(GuestRow::uuid).toList().toString());
                content.putString(dragged.stream().map(g -> g.nameProperty().get()).reduce((a, b) -> a + ", " + b).orElse(""));
                board.setContent(content);
                event.consume();
            });
            setOnDragOver(event -> {
                if (event.getDragboard().hasContent(GUESTS) && acceptsDrop()) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                boolean done = false;
                if (event.getDragboard().hasContent(GUESTS) && acceptsDrop()) {
                    dropOn((HostRow) getItem());
                    done = true;
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        private boolean acceptsDrop() {
            return getItem() instanceof HostRow host && table.getProperties().get(DROP_HANDLER) != null
                    && selectedGuests().stream().anyMatch(guest -> !guest.hostUri().equals(host.uri()));
        }
    }

    /** Drops the selected guests of other hosts on {@code host}, as if the user had dragged them there. */
    @SuppressWarnings("unchecked")
    public void dropOn(HostRow host) {
        Object handler = table.getProperties().get(DROP_HANDLER);
        List<GuestRow> moving = selectedGuests().stream().filter(guest -> !guest.hostUri().equals(host.uri())).toList();
        if (handler != null && !moving.isEmpty()) {
            ((BiConsumer<List<GuestRow>, HostRow>) handler).accept(moving, host);
        }
    }

    /** The IP column: hidden until the user shows it; while shown, its addresses are read every few seconds. */
    public TreeTableColumn<ListRow, String> addressColumn() {
        return ipColumn;
    }

    public TreeTableView<ListRow> view() {
        return table;
    }

    /** The guests selected now (host headings are ignored). */
    public List<GuestRow> selectedGuests() {
        List<GuestRow> guests = new ArrayList<>();
        for (TreeItem<ListRow> item : table.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() instanceof GuestRow guest) {
                guests.add(guest);
            }
        }
        return guests;
    }

    private void addHost(HostRow host) {
        TreeItem<ListRow> hostItem = new TreeItem<>(host);
        hostItem.setExpanded(true);
        Map<GuestRow, TreeItem<ListRow>> guestItems = new HashMap<>();
        Runnable sync = () -> {
            List<TreeItem<ListRow>> children = new ArrayList<>(host.visibleGuests().size());
            for (GuestRow guest : host.visibleGuests()) {
                children.add(guestItems.computeIfAbsent(guest, TreeItem::new));
            }
            guestItems.keySet().retainAll(host.guests());
            hostItem.getChildren().setAll(children);
            if (!table.getSortOrder().isEmpty()) {
                table.sort();
            }
        };
        host.visibleGuests().addListener((ListChangeListener<GuestRow>) change -> sync.run());
        sync.run();
        hostItems.put(host, hostItem);
        table.getRoot().getChildren().add(hostItem);
    }

    private void removeHost(HostRow host) {
        TreeItem<ListRow> item = hostItems.remove(host);
        if (item != null) {
            table.getRoot().getChildren().remove(item);
        }
    }

    private TreeTableColumn<ListRow, ListRow> nameColumn() {
        TreeTableColumn<ListRow, ListRow> column = new TreeTableColumn<>("Name");
        column.setPrefWidth(260);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        column.setComparator(Comparator.comparing(row -> row.nameProperty().get(), String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(col -> new NameCell());
        return column;
    }

    private TreeTableColumn<ListRow, String> stateColumn() {
        TreeTableColumn<ListRow, String> column = new TreeTableColumn<>("State");
        column.setPrefWidth(150);
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof GuestRow guest
                ? guest.stateLabelProperty()
                : ((HostRow) cell.getValue().getValue()).statusProperty().map(HostStatus::describe));
        column.setCellFactory(col -> new StateCell());
        return column;
    }

    /** The state in words; for a host that is not connected, libvirt's reason as a tooltip. */
    private static final class StateCell extends TreeTableCell<ListRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            TreeItem<ListRow> item = getTableRow() == null ? null : getTableRow().getTreeItem();
            String reason = null;
            if (!empty && item != null && item.getValue() instanceof HostRow host) {
                HostStatus status = host.statusProperty().get();
                if (status instanceof HostStatus.Retrying retrying) {
                    reason = retrying.reason();
                } else if (status instanceof HostStatus.NotAnswering silent) {
                    reason = silent.reason();
                } else if (status instanceof HostStatus.Disconnected disconnected) {
                    reason = disconnected.reason();
                }
            } else if (!empty && item != null && item.getValue() instanceof GuestRow guest && guest.isTemplate()) {
                reason = GuestRow.TEMPLATE_NEVER_STARTS;
            }
            setTooltip(reason == null || reason.isBlank() ? null : new Tooltip(reason));
        }
    }

    private TreeTableColumn<ListRow, double[]> cpuColumn() {
        TreeTableColumn<ListRow, double[]> column = new TreeTableColumn<>("CPU");
        column.setPrefWidth(140);
        // The history changes with every sample, so the cell repaints even when the % stays the same.
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof GuestRow guest
                ? guest.cpuHistoryProperty() : null);
        column.setComparator(Comparator.comparingDouble(GuestTable::latest));
        column.setCellFactory(col -> new CpuCell());
        return column;
    }

    private static double latest(double[] history) {
        return history == null || history.length == 0 ? 0 : history[history.length - 1];
    }

    private static TreeTableColumn<ListRow, String> ipColumn() {
        TreeTableColumn<ListRow, String> column = new TreeTableColumn<>(IP_COLUMN);
        column.setId("column-ip");
        column.setPrefWidth(120);
        column.setVisible(false);
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof GuestRow guest
                ? guest.ipv4Property() : null);
        return column;
    }

    private TreeTableColumn<ListRow, Number> memoryColumn() {
        TreeTableColumn<ListRow, Number> column = new TreeTableColumn<>("Memory");
        column.setPrefWidth(90);
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof GuestRow guest
                ? guest.memoryKiBProperty() : null);
        column.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Number kib, boolean empty) {
                super.updateItem(kib, empty);
                setText(empty || kib == null ? null : Sizes.kib(kib.longValue()));
            }
        });
        return column;
    }

    private TreeTableColumn<ListRow, Number> rateColumn(String title,
                                                        Function<GuestRow, ObservableValue<Number>> rate) {
        TreeTableColumn<ListRow, Number> column = new TreeTableColumn<>(title);
        column.setPrefWidth(90);
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof GuestRow guest ? rate.apply(guest) : null);
        column.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Number bytesPerSec, boolean empty) {
                super.updateItem(bytesPerSec, empty);
                setText(empty || bytesPerSec == null ? null : Sizes.rate(bytesPerSec.doubleValue()));
            }
        });
        return column;
    }

    /** Host headings in bold with their status; guests with a state icon before the name. */
    private static final class NameCell extends TreeTableCell<ListRow, ListRow> {
        private final StateIcon icon = new StateIcon();
        private final Label label = new Label();
        private final HBox box = new HBox(6, icon, label);
        private GuestRow shown;
        private final ChangeListener<Object> onState = (obs, old, now) -> icon.show(shown);

        @Override
        protected void updateItem(ListRow row, boolean empty) {
            super.updateItem(row, empty);
            label.textProperty().unbind();
            if (shown != null) {
                shown.stateProperty().removeListener(onState);
                shown.templateProperty().removeListener(onState);
                shown = null;
            }
            getStyleClass().remove("host-row");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            label.textProperty().bind(row.nameProperty());
            if (row instanceof GuestRow guest) {
                icon.setVisible(true);
                icon.setManaged(true);
                shown = guest;
                icon.show(guest);
                guest.stateProperty().addListener(onState);
                guest.templateProperty().addListener(onState);
            } else {
                icon.setVisible(false);
                icon.setManaged(false);
                getStyleClass().add("host-row");
            }
            setGraphic(box);
        }
    }

    /** The CPU sparkline with the current percentage beside it. */
    private static final class CpuCell extends TreeTableCell<ListRow, double[]> {
        private final Sparkline line = new Sparkline(90, 18);
        private final Label value = new Label();
        private final HBox box = new HBox(6, line, value);

        @Override
        protected void updateItem(double[] history, boolean empty) {
            super.updateItem(history, empty);
            TreeItem<ListRow> item = getTableRow() == null ? null : getTableRow().getTreeItem();
            if (empty || history == null || item == null || !(item.getValue() instanceof GuestRow guest)) {
                setGraphic(null);
                return;
            }
            boolean active = guest.stateProperty().get() != null && guest.stateProperty().get().isActive();
            line.draw(active ? history : null);
            value.setText(active ? Sizes.percent(latest(history)) : "");
            setGraphic(box);
        }
    }
}
