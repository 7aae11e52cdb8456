package dev.summit.app.guest;

import dev.summit.app.console.ConsolePane;
import dev.summit.app.guest.details.DetailsPane;
import dev.summit.app.guest.serial.SerialPane;
import dev.summit.app.guest.snapshots.SnapshotsPane;
import dev.summit.console.fx.ConsoleView;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * One guest's own window: its screen (Console), what it is made of (Details) and its snapshots
 * (Snapshots) and, for a guest with a serial port or virtio console, its text console (Serial). The window shows the guest wherever the list finds it and acts
 * through operations; it holds no libvirt connection of its own.
 */
public final class GuestWindow {
    public static final String TABS_ID = "guest-tabs";
    public static final String CONSOLE_TAB_ID = "tab-console";
    public static final String DETAILS_TAB_ID = "tab-details";
    public static final String SNAPSHOTS_TAB_ID = "tab-snapshots";
    public static final String SERIAL_TAB_ID = "tab-serial";
    /** On the tab pane while full screen: only the screen shows. */
    static final String FULL_SCREEN_CLASS = "full-screen";

    private final Stage stage = new Stage();
    private final ShownGuest guest;
    private final ConsolePane console;
    private final DetailsPane details;
    private final SnapshotsPane snapshots;
    private final SerialPane serial;
    private final TabPane tabs = new TabPane();
    private final Tab consoleTab;
    private final Tab detailsTab;
    private final Tab snapshotsTab;
    private final Tab serialTab;

    /** @param title "guest on host" */
    public GuestWindow(String title, ShownGuest guest, ConsolePane console, DetailsPane details,
                       java.util.function.Function<Stage, SnapshotsPane> snapshotsFor, SerialPane serial) {
        this.guest = guest;
        this.console = console;
        this.details = details;
        this.snapshots = snapshotsFor.apply(stage);
        this.serial = serial;
        consoleTab = tab("Console", CONSOLE_TAB_ID, console.node());
        detailsTab = tab("Details", DETAILS_TAB_ID, details.node());
        snapshotsTab = tab("Snapshots", SNAPSHOTS_TAB_ID, snapshots.node());
        serialTab = tab("Serial", SERIAL_TAB_ID, serial.node());
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
            } else if (now == serialTab) {
                serial.shown();
            }
        });
        // Only a guest with a text console libvirt can stream has the tab.
        serial.model().consoleProperty().addListener((obs, old, now) -> {
            if (now != null && !tabs.getTabs().contains(serialTab)) {
                tabs.getTabs().add(serialTab);
            } else if (now == null) {
                tabs.getTabs().remove(serialTab);
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
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> serial.close());
    }

    private static Tab tab(String label, String id, javafx.scene.Node content) {
        Tab tab = new Tab(label, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** A button for a guest action another feature adds (Backup…), with the node id {@code id}. */
    public void addAction(String id, String label, Runnable perform) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(label);
        button.setId(id);
        button.setOnAction(e -> perform.run());
        console.addAction(button);
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

    public SerialPane serial() {
        return serial;
    }

    public void showSerial() {
        if (tabs.getTabs().contains(serialTab)) {
            tabs.getSelectionModel().select(serialTab);
        }
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
