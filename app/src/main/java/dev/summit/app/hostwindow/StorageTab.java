package dev.summit.app.hostwindow;

import dev.summit.app.SummitServices;
import dev.summit.app.storage.IsoLibrary;
import dev.summit.app.storage.StorageWindow;
import dev.summit.connectors.host.HostSession;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The host window's Storage tab. PLACEHOLDER until the storage window becomes an embeddable pane:
 * for now the tab opens the existing File → Storage… window for this host. At merge, {@link #content}
 * returns that pane's node instead; nothing else in the host window changes.
 */
final class StorageTab {
    static final String OPEN_ID = "host-open-storage";

    private StorageTab() {
    }

    /** What the Storage tab shows for {@code host}. */
    static Node content(HostSession host, SummitServices services, Window owner) {
        Label note = new Label("This host's storage pools, volumes and ISO library.");
        note.setWrapText(true);
        Button open = new Button("Open Storage…");
        open.setId(OPEN_ID);
        open.setOnAction(e -> new StorageWindow(host, new IsoLibrary(services.store(), services.background()), owner).show());
        VBox box = new VBox(10, note, open);
        box.setPadding(new Insets(14, 18, 14, 18));
        return box;
    }
}
