package dev.summit.app.vmlist;

import dev.summit.connectors.ops.GuestAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One definition of the guest actions — label, shortcut, icon — turned into the Guest menu, the
 * context menu and the toolbar, so the three always agree and grey out together.
 */
final class ActionBar {
    /** What each entry does when chosen; OPEN and DELETE are not GuestActions (a window; asks first). */
    enum Entry {
        OPEN("Open Console", "Shortcut+O", "icon-console", null),
        START("Start", "Shortcut+R", "icon-start", GuestAction.START),
        SHUTDOWN("Shut Down", "Shortcut+Shift+D", "icon-shutdown", GuestAction.SHUTDOWN),
        REBOOT("Reboot", "Shortcut+Shift+R", "icon-reboot", GuestAction.REBOOT),
        FORCE_OFF("Force Off…", "Shortcut+Shift+F", "icon-force-off", GuestAction.FORCE_OFF),
        PAUSE("Pause", "Shortcut+P", "icon-pause", GuestAction.PAUSE),
        RESUME("Resume", "Shortcut+Shift+P", "icon-resume", GuestAction.RESUME),
        SAVE("Save to Disk", "Shortcut+Shift+S", "icon-save", GuestAction.SAVE),
        RESTORE("Restore", null, "icon-restore", GuestAction.RESTORE),
        AUTOSTART_ON("Start with Host", null, null, GuestAction.AUTOSTART_ON),
        AUTOSTART_OFF("Don't Start with Host", null, null, GuestAction.AUTOSTART_OFF),
        DELETE("Delete…", null, "icon-delete", null);

        final String label;
        final String accelerator;
        final String icon;
        final GuestAction action;

        Entry(String label, String accelerator, String icon, GuestAction action) {
            this.label = label;
            this.accelerator = accelerator;
            this.icon = icon;
            this.action = action;
        }
    }

    private final Map<Entry, List<MenuItem>> menuItems = new EnumMap<>(Entry.class);
    private final Map<Entry, Button> buttons = new EnumMap<>(Entry.class);
    private final Map<Entry, StackPane> holders = new EnumMap<>(Entry.class);
    /** What each toolbar tooltip says; the Tooltips themselves come after the first frame. */
    private final Map<Entry, String> explanations = new EnumMap<>(Entry.class);
    private final Map<Entry, Tooltip> tooltips = new EnumMap<>(Entry.class);
    private final Consumer<Entry> handler;

    ActionBar(Consumer<Entry> handler) {
        this.handler = handler;
    }

    Menu guestMenu() {
        Menu menu = new Menu("_Guest");
        menu.getItems().addAll(items(true));
        return menu;
    }

    ContextMenu contextMenu() {
        return new ContextMenu(items(false).toArray(MenuItem[]::new));
    }

    /** Adds feature actions after the built-in ones, behind a separator, in both menus. */
    void addFeatureActions(List<GuestMenuAction> actions, Menu guestMenu, ContextMenu contextMenu,
                           Map<GuestMenuAction, List<MenuItem>> itemsByAction) {
        if (actions.isEmpty()) {
            return;
        }
        guestMenu.getItems().add(new SeparatorMenuItem());
        contextMenu.getItems().add(new SeparatorMenuItem());
        for (GuestMenuAction action : actions) {
            MenuItem menuItem = featureItem(action, true);
            MenuItem contextItem = featureItem(action, false);
            guestMenu.getItems().add(menuItem);
            contextMenu.getItems().add(contextItem);
            itemsByAction.put(action, List.of(menuItem, contextItem));
        }
    }

    private static MenuItem featureItem(GuestMenuAction action, boolean withAccelerator) {
        MenuItem item = new MenuItem(action.label());
        item.setId(withAccelerator ? "menu-" + action.id() : "context-" + action.id());
        if (withAccelerator && action.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(action.accelerator()));
        }
        return item;
    }

    /**
     * The toolbar's buttons, each in a holder that carries its tooltip: a disabled button gets no mouse
     * events, so only a holder can say why it is greyed out.
     */
    List<Node> toolbarButtons() {
        List<Node> list = new ArrayList<>();
        for (Entry entry : List.of(Entry.OPEN, Entry.START, Entry.PAUSE, Entry.RESUME, Entry.SHUTDOWN, Entry.REBOOT,
                Entry.FORCE_OFF, Entry.SAVE, Entry.DELETE)) {
            // "Open" as virt-manager's toolbar says: the full label would push the filter box off.
            Button button = new Button(entry == Entry.OPEN ? "Open" : entry.label.replace("…", ""));
            button.setId("action-" + entry.name().toLowerCase().replace('_', '-'));
            Region icon = new Region();
            icon.getStyleClass().addAll("action-icon", entry.icon);
            button.setGraphic(icon);
            StackPane holder = new StackPane(button);
            holders.put(entry, holder);
            explanations.put(entry, usual(entry));
            button.setOnAction(e -> handler.accept(entry));
            buttons.put(entry, button);
            list.add(holder);
        }
        return list;
    }

    /**
     * Gives the toolbar buttons their tooltips; called once the window's first frame is drawn. Each
     * Tooltip is a popup window of its own, and nobody can hover a button before it is drawn: built
     * with the buttons they took the FX thread's time while the window was waiting to be mapped.
     */
    void installTooltips() {
        holders.forEach((entry, holder) -> {
            if (!tooltips.containsKey(entry)) {
                Tooltip tooltip = new Tooltip(explanations.get(entry));
                Tooltip.install(holder, tooltip);
                tooltips.put(entry, tooltip);
            }
        });
    }

    private static String usual(Entry entry) {
        return entry.label + (entry.accelerator == null ? ""
                : "  (" + KeyCombination.keyCombination(entry.accelerator).getDisplayText() + ")");
    }

    /** The toolbar tooltip says why the entry is refused ({@code why}), or only what it does when null. */
    void explain(Entry entry, String why) {
        if (!holders.containsKey(entry)) {
            return;
        }
        String text = why == null ? usual(entry) : usual(entry) + "\n" + why;
        explanations.put(entry, text);
        Tooltip tooltip = tooltips.get(entry);
        if (tooltip != null) {
            tooltip.setText(text);
        }
    }

    /** The toolbar tooltip's text, for tests and screen readers. */
    String explanation(Entry entry) {
        return explanations.getOrDefault(entry, "");
    }

    /** Greys out what does not apply to the selection. */
    void enable(Entry entry, boolean enabled) {
        menuItems.getOrDefault(entry, List.of()).forEach(item -> item.setDisable(!enabled));
        Button button = buttons.get(entry);
        if (button != null) {
            button.setDisable(!enabled);
        }
    }

    private List<MenuItem> items(boolean withAccelerators) {
        List<MenuItem> items = new ArrayList<>();
        for (Entry entry : Entry.values()) {
            if (entry == Entry.START || entry == Entry.SAVE || entry == Entry.AUTOSTART_ON || entry == Entry.DELETE) {
                items.add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(entry.label);
            if (withAccelerators && entry.accelerator != null) {
                item.setAccelerator(KeyCombination.keyCombination(entry.accelerator));
            }
            item.setOnAction(e -> handler.accept(entry));
            menuItems.computeIfAbsent(entry, k -> new ArrayList<>()).add(item);
            items.add(item);
        }
        return items;
    }
}
