package dev.summit.app;

import dev.summit.app.about.AboutDialog;
import dev.summit.app.about.AppIcons;
import dev.summit.app.about.ShippedComponents;
import dev.summit.app.migrate.MigrateFeature;
import dev.summit.app.console.CertificateDialog;
import dev.summit.app.console.ConsoleConnector;
import dev.summit.app.console.ConsoleTls;
import dev.summit.app.console.RememberedCertificates;
import dev.summit.app.backup.BackupFeature;
import dev.summit.app.clone.CloneFeature;
import dev.summit.app.create.CreateFeature;
import dev.summit.app.guest.GuestWindows;
import dev.summit.app.storage.IsoLibrary;
import dev.summit.app.storage.StorageFeature;
import dev.summit.app.console.HostKeyDialog;
import dev.summit.app.hosts.HostDirectory;
import dev.summit.app.settings.LayoutMemory;
import dev.summit.app.settings.StartSettings;
import dev.summit.app.settings.UiPreferences;
import dev.summit.app.store.StoreProblem;
import dev.summit.app.store.SummitStore;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.tasks.log.TasksFeature;
import dev.summit.app.tasks.log.TasksViewModel;
import dev.summit.app.theme.ThemeController;
import dev.summit.app.hostwindow.HostWindowFeature;
import dev.summit.app.vmlist.AddressColumn;
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
import dev.summit.console.fx.ScaleMode;
import dev.summit.app.guest.snapshots.SnapshotsFeature;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/** Puts the window together from the store and the engine; the launcher and the UI tests share it. */
public final class SummitGui implements AutoCloseable {
    public static final String ABOUT_MENU_ID = "menu-about";
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "summit-background");
        thread.setDaemon(true);
        return thread;
    });
    private final VmListViewModel model = new VmListViewModel();
    private final HostDirectory hosts;
    private final MainWindow window;
    private final GuestWindows guestWindows;
    private final SummitServices services;
    private ThemeController theme;
    private TasksFeature tasksFeature;
    private final dev.summit.app.guest.snapshots.SnapshotFolder snapshotFolder;

    private SummitGui(SummitStore store, HostEngine engine) {
        this.snapshotFolder = SnapshotsFeature.folder(store);
        MainWindow[] windowRef = new MainWindow[1];
        GuestWindows[] guestWindowsRef = new GuestWindows[1];
        InventoryFeed feed = new InventoryFeed(Platform::runLater, inventory -> {
            model.apply(inventory);
            windowRef[0].refresh();
            guestWindowsRef[0].modelChanged();
        });
        this.hosts = new HostDirectory(store.connections(), engine, model, feed, background, Platform::runLater);
        TaskRunner tasks = new TaskRunner(Platform::runLater, new StoreHistoryLog(store.history()));
        GuestCommands commands = new GuestCommands(engine, tasks, message -> windowRef[0].report(message));
        ConsoleConnector connector = new ConsoleConnector(new OpenConsole(SshSettings.fromEnvironment(), new HostKeyDialog()),
                ConsoleTls.asking(new RememberedCertificates(store.preferences()), new CertificateDialog()));
        this.guestWindows = new GuestWindows(model, engine, tasks, connector, message -> windowRef[0].report(message),
                snapshotFolder, background);
        guestWindowsRef[0] = guestWindows;
        guestWindows.useIsoLibrary(new IsoLibrary(store, background));
        this.window = new MainWindow(model, hosts, commands, guestWindows::open);
        windowRef[0] = window;
        this.services = new SummitServices(window, model, engine, tasks, store, hosts, guestWindows, background);
    }

    /** Builds and shows the window on {@code stage}, light and unplaced; call on the FX thread. */
    public static SummitGui show(Stage stage, SummitStore store, HostEngine engine, Optional<StoreProblem> problem) {
        return show(stage, store, engine, problem, StartSettings.DEFAULT);
    }

    /** Builds and shows the window with the theme and layout the user left; call on the FX thread. */
    public static SummitGui show(Stage stage, SummitStore store, HostEngine engine, Optional<StoreProblem> problem,
                                 StartSettings start) {
        SummitGui gui = new SummitGui(store, engine);
        StartTimeline.mark("window's parts made");
        UiPreferences preferences = new UiPreferences(store.preferences());
        gui.theme = new ThemeController(start.theme(), start.desktopPrefersDark(),
                choice -> gui.background.execute(() -> preferences.setTheme(choice)));
        gui.theme.install();
        StartTimeline.mark("theme installed");
        // A console opens after the first frame at the earliest; its scale's database read need not
        // compete with the window's construction.
        gui.window.afterFirstFrame(() -> gui.rememberConsoleScale(preferences));
        gui.window.addToViewMenu(gui.theme.menu());
        AddressColumn.install(gui.window, gui.model, engine);
        gui.installFeatures();
        StartTimeline.mark("features installed");
        gui.window.addMenu(helpMenu(stage));
        // The window manager's icon is not part of the first frame; decoding four PNGs on the loader's
        // threads took CPU from the window's construction on two cores.
        gui.window.afterFirstFrame(() -> AppIcons.addTo(stage));
        LayoutMemory.restore(start.layout(), stage, gui.window.tableView());
        StartTimeline.mark("layout restored");
        gui.window.show(stage);
        problem.ifPresent(p -> gui.window.report(p.message()));
        return gui;
    }

    /**
     * Each feature package adds its menu entries here, before the window shows. Keep one line per
     * feature: the features do not know each other.
     */
    private void installFeatures() {
        CreateFeature.install(services);
        StorageFeature.install(services);
        HostWindowFeature.install(services);
        CloneFeature.install(services);
        MigrateFeature.install(services);
        BackupFeature.install(services);
        SnapshotsFeature.install(services, snapshotFolder);
        tasksFeature = TasksFeature.install(services);
    }

    /** What the features were given; UI tests reach the operations through it. */
    public SummitServices services() {
        return services;
    }

    /** Loads and saves off the FX thread: every preference call is a database call. */
    private void rememberConsoleScale(UiPreferences preferences) {
        background.execute(() -> {
            String stored = preferences.consoleScale();
            ScaleMode mode = "ONE_TO_ONE".equals(stored) ? ScaleMode.ONE_TO_ONE : ScaleMode.FIT;
            Platform.runLater(() -> {
                guestWindows.lastScaleProperty().set(mode);
                guestWindows.lastScaleProperty().addListener((obs, old, now) ->
                        background.execute(() -> preferences.setConsoleScale(now.name())));
            });
        });
    }

    private static Menu helpMenu(Stage owner) {
        MenuItem about = new MenuItem("About Summit");
        about.setId(ABOUT_MENU_ID);
        about.setOnAction(e -> new AboutDialog(owner, ShippedComponents.load()).show());
        return new Menu("_Help", null, about);
    }

    public ThemeController theme() {
        return theme;
    }

    public HostDirectory hosts() {
        return hosts;
    }

    public VmListViewModel model() {
        return model;
    }

    /** The open guest windows (console and details), one per guest. */
    public GuestWindows guestWindows() {
        return guestWindows;
    }

    /** The Tasks pane's rows. */
    public TasksViewModel tasks() {
        return tasksFeature.model();
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void close() {
        if (theme != null) {
            theme.uninstall();
        }
        if (tasksFeature != null) {
            tasksFeature.close();
        }
        background.shutdown();
    }
}
