package dev.summit.app.hostwindow;

import dev.summit.app.SummitServices;
import dev.summit.app.storage.StoragePane;
import dev.summit.connectors.host.HostSession;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * One host's own window: what it is and how busy (Overview), its virtual networks, its storage and
 * its interfaces. It reads and acts through the host's session; it holds no connection of its own.
 * Each tab is built and read when first chosen, and read again whenever it is chosen; Storage
 * reads only the first time (its own Refresh reads again).
 */
public final class HostWindow {
    public static final String TABS_ID = "host-tabs";
    public static final String OVERVIEW_TAB_ID = "host-tab-overview";
    public static final String NETWORKS_TAB_ID = "host-tab-networks";
    public static final String STORAGE_TAB_ID = "host-tab-storage";
    public static final String INTERFACES_TAB_ID = "host-tab-interfaces";

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final HostOverviewPane overview;
    // Built when their tab is first chosen: a tab behind another is still styled and laid out, and
    // building every tab's controls at once was most of a cold window's first frame.
    private NetworksPane networks;
    private StoragePane storage;
    private InterfacesPane interfaces;

    /** @param hostName the name the main list shows for the host */
    public HostWindow(String hostName, HostSession host, SummitServices services) {
        overview = new HostOverviewPane(host);
        Tab overviewTab = tab("Overview", OVERVIEW_TAB_ID, overview.node());
        Tab networksTab = tab("Networks", NETWORKS_TAB_ID, null);
        Tab storageTab = tab("Storage", STORAGE_TAB_ID, null);
        Tab interfacesTab = tab("Interfaces", INTERFACES_TAB_ID, null);
        tabs.setId(TABS_ID);
        tabs.getStyleClass().add("host-window");
        tabs.getTabs().addAll(overviewTab, networksTab, storageTab, interfacesTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == networksTab) {
                if (networks == null) {
                    networks = new NetworksPane(host, services.tasks());
                    networksTab.setContent(networks.node());
                }
                networks.load();
            } else if (now == interfacesTab) {
                if (interfaces == null) {
                    interfaces = new InterfacesPane(host);
                    interfacesTab.setContent(interfaces.node());
                }
                interfaces.load();
            } else if (now == storageTab && storage == null) {
                storage = StorageTab.pane(host, services);
                storageTab.setContent(storage.node());
                storage.load();
            }
        });
        stage.setTitle(title(hostName));
        stage.setScene(new Scene(tabs, 960, 640));
        stage.setOnHidden(e -> overview.stop());
    }

    /** "fuji — Host Details", the title tests find the window by. */
    public static String title(String hostName) {
        return hostName + " — Host Details";
    }

    private static Tab tab(String label, String id, Node content) {
        Tab tab = new Tab(label, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    public void show() {
        stage.show();
        overview.load();
    }

    public Stage stage() {
        return stage;
    }

    public void showNetworks() {
        tabs.getSelectionModel().select(1);
    }
}
