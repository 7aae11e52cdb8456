package dev.summit.app.hostwindow;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.storage.StoragePane;
import dev.summit.connectors.host.HostSession;

/**
 * The host window's Storage tab: the same {@link StoragePane} File → Storage… shows (pools with
 * capacity bars, volumes, every pool and volume action), for this host. The ISO library stays in
 * the Storage window: it is about this computer's folders, not the host.
 */
final class StorageTab {
    private StorageTab() {
    }

    /**
     * What the Storage tab shows for {@code host}, not yet read: the window builds and reads it when
     * the tab is first chosen, so a pool of thousands of volumes never builds its rows behind the
     * Overview.
     */
    static StoragePane pane(HostSession host, TaskRunner tasks) {
        return new StoragePane(host, tasks);
    }
}
