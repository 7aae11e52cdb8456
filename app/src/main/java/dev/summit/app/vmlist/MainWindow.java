package dev.summit.app.vmlist;

import dev.summit.app.connection.ConnectionDialog;
import dev.summit.app.hosts.HostDirectory;
import dev.summit.connectors.host.HostStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: menus and toolbar over the host/guest tree, a message bar, a status line. */
public final class MainWindow {
    public static final String TITLE = "Summit";
    public static final String FILTER_ID = "filter";
    public static final String STATUS_ID = "status-line";

    private final VmListViewModel model;
    private final HostDirectory hosts;
    private final GuestTable table;
    private final ActionBar actions;
    private final GuestActionHandler handler;
    private final GuestCommands commands;
    private final MessageBar messages = new MessageBar();
    private final Label status = new Label();
    private final MenuItem connectItem = new MenuItem("Connect");
    private final MenuItem disconnectItem = new MenuItem("Disconnect");
    /** Connect / Disconnect at the top of the list's context menu, shown when a host heading is selected. */
    private final List<MenuItem> hostContextItems = new ArrayList<>();
    private final MenuItem editItem = new MenuItem("Edit Connection…");
    private final MenuItem removeItem = new MenuItem("Remove Connection");
    private final List<MenuItem> extraViewItems = new ArrayList<>();
    private final List<Menu> extraMenus = new ArrayList<>();
    private final List<GuestMenuAction> guestActions = new ArrayList<>();
    private final Map<GuestMenuAction, List<MenuItem>> guestActionItems = new HashMap<>();
    private final List<HostMenuAction> hostActions = new ArrayList<>();
    private final Map<HostMenuAction, MenuItem> hostActionItems = new HashMap<>();
    /** Host actions also offered in a host heading's context menu, under Connect / Disconnect. */
    private final List<HostMenuAction> headingActions = new ArrayList<>();
    private final List<Node> leadingToolbarItems = new ArrayList<>();
    private final List<Node> statusItems = new ArrayList<>();
    private final List<Runnable> afterFirstFrame = new ArrayList<>();
    private UnaryOperator<Node> centre = UnaryOperator.identity();
    private Stage stage;

    /** @param openConsole shows a guest's screen (double-click, Enter, Open Console) */
    public MainWindow(VmListViewModel model, HostDirectory hosts, GuestCommands commands, Consumer<GuestRow> openConsole) {
        this.model = model;
        this.hosts = hosts;
        this.table = new GuestTable(model);
        this.handler = new GuestActionHandler(table, commands, this::window, openConsole);
        this.commands = commands;
        this.actions = new ActionBar(handler::handle);
    }

    /** Adds an entry at the end of the View menu; call before {@link #show}. */
    public void addToViewMenu(MenuItem item) {
        extraViewItems.add(item);
    }

    /** Adds a menu after View (Help, for one); call before {@link #show}. */
    public void addMenu(Menu menu) {
        extraMenus.add(menu);
    }

    /** Adds a feature's guest action to the Guest menu and the context menu; call before {@link #show}. */
    public void addGuestAction(GuestMenuAction action) {
        guestActions.add(action);
    }

    /** Adds a feature's host action to the top of the File menu; call before {@link #show}. */
    /** What Start (or Restore) of a template does instead of only refusing: the clone feature offers a clone. */
    public void whenTemplateStarted(Consumer<GuestRow> offer) {
        commands.whenTemplateStarted(offer);
    }

    public void addHostAction(HostMenuAction action) {
        hostActions.add(action);
    }

    /** Adds a host action to the File menu and to a host heading's context menu; call before {@link #show}. */
    public void addHostHeadingAction(HostMenuAction action) {
        hostActions.add(action);
        headingActions.add(action);
    }

    /** Puts a control at the start of the tool bar (New, for one); call before {@link #show}. */
    public void addToolbarItem(Node item) {
        leadingToolbarItems.add(item);
    }

    /** Puts a pane around the guest list (the Tasks pane under it, for one); call before {@link #show}. */
    public void wrapGuestList(UnaryOperator<Node> around) {
        centre = around;
    }

    /** Puts a control at the right end of the status line; call before {@link #show}. */
    public void addStatusItem(Node item) {
        statusItems.add(item);
    }

    /**
     * Runs {@code work} on the FX thread once the window's first frame is drawn: parts a user does not
     * need in the first frame (the Tasks pane's table) are built then, so the window maps sooner, and
     * work that loads much (libvirt) does not hold that frame up. Before {@link #show}, or right
     * after it on the FX thread.
     */
    public void afterFirstFrame(Runnable work) {
        afterFirstFrame.add(work);
    }

    /** The window itself, as the owner of a feature's dialogs; null before {@link #show}. */
    public Stage stage() {
        return stage;
    }

    /** The guests selected in the tree now. */
    public List<GuestRow> selectedGuests() {
        return table.selectedGuests();
    }

    /** The host heading selected, or the host of the selected guest. */
    public Optional<HostRow> selectedHostRow() {
        return selectedHost();
    }

    /** The host/guest tree, for settings that remember its columns and selection. */
    public TreeTableView<ListRow> tableView() {
        return table.view();
    }

    /** Shows a one-sentence message above the list until dismissed or replaced. */
    public void report(String message) {
        messages.show(message);
    }

    public void show(Stage stage) {
        this.stage = stage;
        BorderPane root = new BorderPane(centre.apply(table.view()));
        Menu guestMenu = actions.guestMenu();
        ContextMenu context = actions.contextMenu();
        actions.addFeatureActions(guestActions, guestMenu, context, guestActionItems);
        guestActionItems.forEach((action, items) -> items.forEach(item -> item.setOnAction(e -> {
            List<GuestRow> selected = table.selectedGuests();
            if (!selected.isEmpty() && action.appliesTo().test(selected)) {
                action.perform().accept(selected);
            }
        })));
        root.setTop(new VBox(menuBar(guestMenu), toolBar(), messages));
        status.setId(STATUS_ID);
        status.setPadding(new Insets(3, 8, 3, 8));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusLine = new HBox(status, spacer);
        statusLine.getChildren().addAll(statusItems);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(statusLine);
        root.getStyleClass().add("main-window");
        hostContextItems.addAll(List.of(hostItem(connectItem), hostItem(disconnectItem)));
        for (HostMenuAction action : headingActions) {
            MenuItem item = hostItem(hostActionItems.get(action));
            item.setId("context-" + action.id());
            hostContextItems.add(item);
        }
        hostContextItems.add(new SeparatorMenuItem());
        context.getItems().addAll(0, hostContextItems);
        table.view().setContextMenu(context);
        table.view().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !table.selectedGuests().isEmpty()) {
                handler.handle(ActionBar.Entry.DELETE);
            } else if (e.getCode() == KeyCode.ENTER && !table.selectedGuests().isEmpty()) {
                handler.handle(ActionBar.Entry.OPEN);
            }
        });
        table.view().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !table.selectedGuests().isEmpty()) {
                handler.handle(ActionBar.Entry.OPEN);
            }
        });
        Scene scene = new Scene(root, 1100, 660);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/summit/app/summit.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        watchForChanges();
        refresh();
        stage.show();
        afterFirstFrame.add(0, actions::installTooltips);
        FirstFrame.whenDrawn(() -> afterFirstFrame.forEach(Runnable::run));
    }

    /** The File menu's host item in the list's context menu too: a host heading's Connect / Stop Connecting. */
    private static MenuItem hostItem(MenuItem fileItem) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(fileItem.textProperty());
        item.disableProperty().bind(fileItem.disableProperty());
        item.setOnAction(e -> fileItem.fire());
        return item;
    }

    private Stage window() {
        return stage;
    }

    private MenuBar menuBar(Menu guestMenu) {
        MenuItem add = new MenuItem("Add Connection…");
        add.setId("menu-add-connection");
        add.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        add.setOnAction(e -> addConnection());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        connectItem.setOnAction(e -> selectedHost().ifPresent(h -> hosts.connect(h.uri())));
        disconnectItem.setOnAction(e -> selectedHost().ifPresent(h -> hosts.disconnect(h.uri())));
        editItem.setOnAction(e -> selectedHost().ifPresent(this::editConnection));
        removeItem.setOnAction(e -> selectedHost().ifPresent(h -> hosts.remove(h.uri())));
        Menu file = new Menu("_File", null, add, new SeparatorMenuItem(), connectItem, disconnectItem, editItem,
                removeItem, new SeparatorMenuItem(), quit);
        for (int i = 0; i < hostActions.size(); i++) {
            HostMenuAction action = hostActions.get(i);
            MenuItem item = new MenuItem(action.label());
            item.setId("menu-" + action.id());
            if (action.accelerator() != null) {
                item.setAccelerator(KeyCombination.keyCombination(action.accelerator()));
            }
            item.setOnAction(e -> selectedHost().filter(action.appliesTo()).ifPresent(action.perform()));
            hostActionItems.put(action, item);
            file.getItems().add(i, item);
        }
        if (!hostActions.isEmpty()) {
            file.getItems().add(hostActions.size(), new SeparatorMenuItem());
        }
        MenuItem find = new MenuItem("Filter Guests");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> stage.getScene().lookup("#" + FILTER_ID).requestFocus());
        Menu view = new Menu("_View", null, find);
        if (!extraViewItems.isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
            // Plain items first, submenus (Theme) last: a pointer moving from a submenu's title
            // into the submenu then crosses no other item, which would close it on the way.
            extraViewItems.stream().filter(item -> !(item instanceof Menu)).forEach(view.getItems()::add);
            extraViewItems.stream().filter(item -> item instanceof Menu).forEach(view.getItems()::add);
        }
        MenuBar bar = new MenuBar(file, guestMenu, view);
        bar.getMenus().addAll(extraMenus);
        return bar;
    }

    /**
     * The filter box sits beside the tool bar, not in it: a narrow window moves buttons into the
     * bar's overflow menu, and the filter must never go there with them.
     */
    private HBox toolBar() {
        TextField filter = new TextField();
        filter.setId(FILTER_ID);
        filter.setPromptText("Filter guests");
        filter.setPrefColumnCount(12);
        filter.textProperty().bindBidirectional(model.filterProperty());
        ToolBar bar = new ToolBar();
        bar.getItems().addAll(leadingToolbarItems);
        bar.getItems().addAll(actions.toolbarButtons());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox row = new HBox(4, bar, filter);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("tool-bar-row");
        return row;
    }

    private void addConnection() {
        new ConnectionDialog(stage, null).ask().ifPresent(draft -> hosts.add(draft)
                .exceptionally(failure -> {
                    Platform.runLater(() -> report(failure.getCause() == null ? failure.getMessage()
                            : failure.getCause().getMessage()));
                    return null;
                }));
    }

    private void editConnection(HostRow host) {
        hosts.draftFor(host.uri()).ifPresent(current -> new ConnectionDialog(stage, current).ask()
                .ifPresent(draft -> hosts.update(host.uri(), draft)));
    }

    private Optional<HostRow> selectedHost() {
        TreeItem<ListRow> item = table.view().getSelectionModel().getSelectedItem();
        if (item == null) {
            return Optional.empty();
        }
        ListRow row = item.getValue();
        if (row instanceof GuestRow guest) {
            return model.host(guest.hostUri());
        }
        return Optional.of((HostRow) row);
    }

    /** Re-evaluates greyed-out actions and the status line when the selection or any state changes. */
    private void watchForChanges() {
        InvalidationListener later = obs -> refresh();
        table.view().getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<ListRow>>) c -> refresh());
        model.hosts().addListener(later);
        model.hosts().forEach(h -> watchHost(h, later));
        model.hosts().addListener((ListChangeListener<HostRow>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(h -> watchHost(h, later));
            }
        });
    }

    private void watchHost(HostRow host, InvalidationListener listener) {
        host.statusProperty().addListener(listener);
        host.guests().addListener(listener);
    }

    /** Called after every applied snapshot too, so a state change re-enables the right buttons. */
    public void refresh() {
        List<GuestRow> selected = table.selectedGuests();
        for (ActionBar.Entry entry : ActionBar.Entry.values()) {
            actions.enable(entry, entry.action == null ? !selected.isEmpty() : handler.applies(entry, selected));
        }
        boolean templates = !selected.isEmpty() && selected.stream().allMatch(GuestRow::isTemplate);
        actions.explain(ActionBar.Entry.START, templates ? GuestRow.TEMPLATE_NEVER_STARTS : null);
        Optional<HostRow> host = selectedHost();
        boolean connected = host.map(h -> h.statusProperty().get() instanceof HostStatus.Connected).orElse(false);
        // A host still connecting or not answering can be stopped; Connect then tries again at once.
        boolean idle = host.map(h -> h.statusProperty().get() instanceof HostStatus.Disconnected).orElse(true);
        connectItem.setDisable(host.isEmpty() || connected);
        disconnectItem.setDisable(idle);
        disconnectItem.setText(connected || idle ? "Disconnect" : "Stop Connecting");
        hostContextItems.forEach(item -> item.setVisible(selected.isEmpty() && host.isPresent()));
        editItem.setDisable(host.isEmpty());
        removeItem.setDisable(host.isEmpty());
        guestActionItems.forEach((action, items) -> {
            boolean enabled = !selected.isEmpty() && action.appliesTo().test(selected);
            items.forEach(item -> item.setDisable(!enabled));
        });
        hostActionItems.forEach((action, item) -> item.setDisable(host.filter(action.appliesTo()).isEmpty()));
        status.setText(summary());
    }

    private String summary() {
        int guests = 0;
        int running = 0;
        for (HostRow host : model.hosts()) {
            guests += host.guests().size();
            running += (int) host.guests().stream().filter(g -> g.stateProperty().get().isActive()).count();
        }
        int hostCount = model.hosts().size();
        return guests + (guests == 1 ? " guest" : " guests") + " on " + hostCount + (hostCount == 1 ? " host" : " hosts")
                + " · " + running + " running";
    }
}
