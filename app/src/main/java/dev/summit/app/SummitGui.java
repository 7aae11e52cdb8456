package dev.summit.app;

import dev.summit.app.console.ConsoleConnector;
import dev.summit.app.console.ConsoleWindows;
import dev.summit.app.console.HostKeyDialog;
import dev.summit.app.hosts.HostDirectory;
import dev.summit.app.store.StoreProblem;
import dev.summit.app.store.SummitStore;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.GuestCommands;
import dev.summit.app.vmlist.InventoryFeed;
import dev.summit.app.vmlist.MainWindow;
import dev.summit.app.vmlist.VmListViewModel;
import dev.summit.connectors.console.OpenConsole;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.tunnel.SshSettings;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Puts the window together from the store and the engine; the launcher and the UI tests share it. */
public final class SummitGui implements AutoCloseable {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "summit-background");
        thread.setDaemon(true);
        return thread;
    });
    private final VmListViewModel model = new VmListViewModel();
    private final HostDirectory hosts;
    private final MainWindow window;
    private final ConsoleWindows consoles;

    private SummitGui(SummitStore store, HostEngine engine) {
        MainWindow[] windowRef = new MainWindow[1];
        ConsoleWindows[] consolesRef = new ConsoleWindows[1];
        InventoryFeed feed = new InventoryFeed(Platform::runLater, inventory -> {
            model.apply(inventory);
            windowRef[0].refresh();
            consolesRef[0].modelChanged();
        });
        this.hosts = new HostDirectory(store.connections(), engine, model, feed, background, Platform::runLater);
        TaskRunner tasks = new TaskRunner(Platform::runLater, new StoreHistoryLog(store.history()));
        GuestCommands commands = new GuestCommands(engine, tasks, message -> windowRef[0].report(message));
        ConsoleConnector connector = new ConsoleConnector(new OpenConsole(SshSettings.fromEnvironment(), new HostKeyDialog()));
        this.consoles = new ConsoleWindows(model, engine, connector, message -> windowRef[0].report(message));
        consolesRef[0] = consoles;
        this.window = new MainWindow(model, hosts, commands, consoles::open);
        windowRef[0] = window;
    }

    /** Builds and shows the window on {@code stage}; call on the FX thread. */
    public static SummitGui show(Stage stage, SummitStore store, HostEngine engine, Optional<StoreProblem> problem) {
        SummitGui gui = new SummitGui(store, engine);
        gui.window.show(stage);
        problem.ifPresent(p -> gui.window.report(p.message()));
        return gui;
    }

    public HostDirectory hosts() {
        return hosts;
    }

    public VmListViewModel model() {
        return model;
    }

    public ConsoleWindows consoles() {
        return consoles;
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void close() {
        background.shutdown();
    }
}
