package dev.summit.app.hostwindow;

import dev.summit.app.SummitServices;
import dev.summit.app.storage.StoragePane;
import dev.summit.connectors.host.HostSession;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The host window's Storage tab: the same {@link StoragePane} File → Storage… shows (pools with
 * capacity bars, volumes, every pool and volume action), for this host. The ISO library stays in
 * the Storage window: it is about this computer's folders, not the host.
 */
final class StorageTab {
    private StorageTab() {
    }

    /** What the Storage tab shows for {@code host}; its pools are read at once, off the FX thread. */
    static Node content(HostSession host, SummitServices services, Window owner) {
        StoragePane pane = new StoragePane(host, services.tasks());
        pane.load();
        return pane.node();
    }
}
