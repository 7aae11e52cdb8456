package dev.summit.app.guest;

import dev.summit.app.console.ConsolePane;
import dev.summit.app.guest.details.DetailsPane;
import dev.summit.app.guest.snapshots.SnapshotsPane;
import dev.summit.console.fx.ConsoleView;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * One guest's own window: its screen (Console), what it is made of (Details) and its snapshots
 * (Snapshots); Serial joins as a further tab. The window shows the guest wherever the list finds it and acts
 * through operations; it holds no libvirt connection of its own.
 */
public final class GuestWindow {
    public static final String TABS_ID = "guest-tabs";
    public static final String CONSOLE_TAB_ID = "tab-console";
    public static final String DETAILS_TAB_ID = "tab-details";
    public static final String SNAPSHOTS_TAB_ID = "tab-snapshots";
    /** On the tab pane while full screen: only the screen shows. */
    static final String FULL_SCREEN_CLASS = "full-screen";

    private final Stage stage = new Stage();
    private final ShownGuest guest;
    private final ConsolePane console;
    private final DetailsPane details;
    private final SnapshotsPane snapshots;
    private final TabPane tabs = new TabPane();
    private final Tab consoleTab;
    private final Tab detailsTab;
    private final Tab snapshotsTab;

    /** @param title "guest on host" */
    public GuestWindow(String title, ShownGuest guest, ConsolePane console, DetailsPane details,
                       java.util.function.Function<Stage, SnapshotsPane> snapshotsFor) {
        this.guest = guest;
        this.console = console;
        this.details = details;
        this.snapshots = snapshotsFor.apply(stage);
        consoleTab = tab("Console", CONSOLE_TAB_ID, console.node());
        detailsTab = tab("Details", DETAILS_TAB_ID, details.node());
        snapshotsTab = tab("Snapshots", SNAPSHOTS_TAB_ID, snapshots.node());
        tabs.setId(TABS_ID);
        tabs.getStyleClass().add("guest-window");
        tabs.getTabs().addAll(consoleTab, detailsTab, snapshotsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == snapshotsTab) {
                snapshots.shown();
            } else if (now == detailsTab) {
                details.shown();
            } else if (now == consoleTab) {
                console.view().requestFocus();
            }
        });
        Scene scene = new Scene(tabs, 900, 620);
        stage.setTitle(title + " — Summit");
        stage.setScene(scene);
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (full) {
                tabs.getSelectionModel().select(consoleTab);
                tabs.getStyleClass().add(FULL_SCREEN_CLASS);
            } else {
                tabs.getStyleClass().remove(FULL_SCREEN_CLASS);
            }
        });
        console.attachTo(stage);
    }

    private static Tab tab(String label, String id, javafx.scene.Node content) {
        Tab tab = new Tab(label, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    public void show() {
        stage.show();
        console.view().requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public ShownGuest guest() {
        return guest;
    }

    public ConsolePane console() {
        return console;
    }

    /** The screen, for the console's tests and the scale memory. */
    public ConsoleView view() {
        return console.view();
    }

    public DetailsPane details() {
        return details;
    }

    public void showConsole() {
        tabs.getSelectionModel().select(consoleTab);
    }

    public void showDetails() {
        tabs.getSelectionModel().select(detailsTab);
    }

    public SnapshotsPane snapshots() {
        return snapshots;
    }

    public void showSnapshots() {
        tabs.getSelectionModel().select(snapshotsTab);
    }
}
