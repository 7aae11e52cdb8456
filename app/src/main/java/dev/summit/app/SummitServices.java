package dev.summit.app;

import dev.summit.app.guest.GuestWindows;
import dev.summit.app.hosts.HostDirectory;
import dev.summit.app.store.SummitStore;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.MainWindow;
import dev.summit.app.vmlist.VmListViewModel;
import dev.summit.connectors.host.HostEngine;
import java.util.concurrent.Executor;

/**
 * What a feature package (create, clone, migrate) needs from the running window to add its menu
 * entries and run its operations; handed to each feature's {@code install} before the window shows.
 *
 * @param background a single thread for SQLite and other slow local work, never the FX thread
 */
public record SummitServices(MainWindow window, VmListViewModel model, HostEngine engine, TaskRunner tasks,
                             SummitStore store, HostDirectory hosts, GuestWindows guestWindows, Executor background) {
}
