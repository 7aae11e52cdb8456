package dev.summit.app.hostwindow;

import dev.summit.app.storage.AfterPulse;
import dev.summit.app.storage.StoragePane;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.theme.ThemeApplier;
import dev.summit.connectors.host.HostSession;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One host's own window: what it is and how busy (Overview), its virtual networks, its storage and
 * its interfaces. It reads and acts through the host's session; it holds no connection of its own.
 * Each tab is built and read when first chosen, and read again whenever it is chosen; Storage
 * reads only the first time (its own Refresh reads again).
 *
 * <p>The window is built in steps, each in a pulse of its own, so that no single pulse styles and
 * lays out everything at once (in a cold process each step loads its controls' skins): the empty
 * tabs first, then the chosen tab's content, then that content's reading.
 */
public final class HostWindow {
    public static final String TABS_ID = "host-tabs";
    public static final String OVERVIEW_TAB_ID = "host-tab-overview";
    public static final String NETWORKS_TAB_ID = "host-tab-networks";
    public static final String STORAGE_TAB_ID = "host-tab-storage";
    public static final String INTERFACES_TAB_ID = "host-tab-interfaces";

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final HostSession host;
    private final TaskRunner tasks;
    private final Tab overviewTab = tab("Overview", OVERVIEW_TAB_ID);
    private final Tab networksTab = tab("Networks", NETWORKS_TAB_ID);
    private final Tab storageTab = tab("Storage", STORAGE_TAB_ID);
    private final Tab interfacesTab = tab("Interfaces", INTERFACES_TAB_ID);
    // Built when their tab is first chosen: a tab behind another is still styled and laid out, and
    // building every tab's controls at once was most of a cold window's first frame.
    private HostOverviewPane overview;
    private NetworksPane networks;
    private StoragePane storage;
    private InterfacesPane interfaces;
    /** The pool the Storage tab chooses once its pools are read (null: the first). */
    private String storagePool;

    /**
     * @param hostName the name the main list shows for the host
     * @param tasks    runs the window's actions (so they land in the history)
     */
    public HostWindow(String hostName, HostSession host, TaskRunner tasks) {
        this.host = host;
        this.tasks = tasks;
        tabs.setId(TABS_ID);
        tabs.getStyleClass().add("host-window");
        tabs.getTabs().addAll(overviewTab, networksTab, storageTab, interfacesTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> afterNextPulse(() -> chosen(now)));
        stage.setTitle(title(hostName));
        stage.setScene(new Scene(tabs, 960, 640));
        stage.setOnHidden(e -> {
            if (overview != null) {
                overview.stop();
            }
        });
    }

    /** "fuji — Host Details", the title tests find the window by. */
    public static String title(String hostName) {
        return hostName + " — Host Details";
    }

    private static Tab tab(String label, String id) {
        Tab tab = new Tab(label);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /**
     * Shows the empty tabs, in two steps: the tabs are styled now (their skins made) and the window
     * is made and mapped on the X server in the next FX task, so the two, each tens of milliseconds in
     * a cold process, are not one stall. The chosen tab's content follows in a later pulse.
     */
    public void show() {
        themeOfShowingWindows(stage.getScene());
        tabs.applyCss();
        Platform.runLater(() -> {
            stage.show();
            afterNextPulse(() -> chosen(tabs.getSelectionModel().getSelectedItem()));
        });
    }

    /**
     * Summit's theme sheets as the windows already showing have them: the theme is put on a window
     * when it shows, and styling the tabs before that without it would style them twice.
     */
    private static void themeOfShowingWindows(Scene scene) {
        Window.getWindows().stream().map(Window::getScene).filter(s -> s != null && s.getStylesheets().contains(ThemeApplier.BASE))
                .findFirst().ifPresent(shown -> scene.getStylesheets().setAll(shown.getStylesheets().stream()
                        .filter(sheet -> sheet.equals(ThemeApplier.BASE) || sheet.equals(ThemeApplier.DARK)).toList()));
    }

    public Stage stage() {
        return stage;
    }

    public void showNetworks() {
        tabs.getSelectionModel().select(networksTab);
    }

    /** Chooses the Storage tab and, once its pools are read, {@code pool} (when the tab is new). */
    public void showStorage(String pool) {
        storagePool = pool;
        tabs.getSelectionModel().select(storageTab);
    }

    /** Builds a tab's content when first chosen (its own pulse), then reads it in the next. */
    private void chosen(Tab tab) {
        if (tab != tabs.getSelectionModel().getSelectedItem()) {
            return; // another tab was chosen meanwhile
        }
        if (tab == overviewTab) {
            if (overview == null) {
                overview = new HostOverviewPane(host);
                // Its graphs come a pulse after its facts (HostOverviewPane), its reading a pulse after
                // them: in the same task as the graphs it made the opening's longest stretch.
                built(overviewTab, overview.node(), () -> afterNextPulse(overview::load));
            } else {
                overview.load();
            }
        } else if (tab == networksTab) {
            if (networks == null) {
                networks = new NetworksPane(host, tasks);
                built(networksTab, networks.node(), networks::load);
            } else {
                networks.load();
            }
        } else if (tab == interfacesTab) {
            if (interfaces == null) {
                interfaces = new InterfacesPane(host);
                built(interfacesTab, interfaces.node(), interfaces::load);
            } else {
                interfaces.load();
            }
        } else if (tab == storageTab && storage == null) {
            storage = StorageTab.pane(host, tasks);
            built(storageTab, storage.node(), () -> storage.load(storagePool));
        }
    }

    private void built(Tab tab, Node content, Runnable read) {
        tab.setContent(content);
        afterNextPulse(read);
    }

    private void afterNextPulse(Runnable step) {
        AfterPulse.run(stage.getScene(), step);
    }
}
