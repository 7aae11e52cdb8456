package dev.summit.app;

import dev.summit.app.desktop.WindowClass;
import dev.summit.app.hosts.FirstStart;
import dev.summit.app.settings.LayoutMemory;
import dev.summit.app.settings.RememberedLayout;
import dev.summit.app.settings.StartSettings;
import dev.summit.app.settings.UiPreferences;
import dev.summit.app.store.OpenedStore;
import dev.summit.app.store.SavedConnection;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.DesktopScheme;
import dev.summit.app.theme.ThemeChoice;
import dev.summit.connectors.host.ConnectionUri;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the window and only then connects to hosts, so the window appears before any host is asked
 * anything. JavaFX's own start (GTK, fonts, the render pipeline) is the longest step before a
 * frame, so it runs on its own thread while this one opens the store and reads what the window
 * needs (theme, layout). Returns when the window is closed, after saving the window's layout.
 */
public final class GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);
    /** Set by the package's launcher for the training run that writes the AOT cache. */
    private static final String AOT_TRAINING = "SUMMIT_AOT_TRAINING";
    private static final long TRAINING_AFTER_FIRST_FRAME_MS = 1000;

    private GuiLauncher() {
    }

    /** @param connectUri show only this host, unsaved; null for the saved connections */
    public static int run(String connectUri, EngineSettings settings) throws InterruptedException {
        StartTimeline.mark("launcher");
        CompletableFuture<Void> toolkit = startToolkit();
        CompletableFuture<Boolean> desktopDark = inBackground("summit-desktop-theme",
                () -> DesktopScheme.ofThisSession().prefersDark());

        StoreLocation location = StoreLocation.forCurrentUser();
        OpenedStore opened = SummitStore.open(location);
        StartTimeline.mark("store open");
        SummitStore store = opened.store();
        // Operations still "running" in the history were cut off when Summit last stopped.
        store.history().closeUnfinished(Instant.now(), "Summit stopped while this ran");
        List<SavedConnection> saved = List.of();
        if (connectUri == null) {
            FirstStart.seedIfEmpty(store.connections(), location.directory());
            saved = store.connections().list();
        }
        UiPreferences preferences = new UiPreferences(store.preferences());
        ThemeChoice theme = preferences.theme();
        RememberedLayout layout = preferences.layout();
        StartTimeline.mark("preferences read");
        StartSettings start = new StartSettings(theme, join(desktopDark), layout);
        StartTimeline.mark("desktop theme known");
        join(toolkit);
        StartTimeline.mark("toolkit running");
        HostEngine engine = new HostEngine(settings);

        List<SavedConnection> toShow = saved;
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RememberedLayout> leftAs = new AtomicReference<>();
        AtomicReference<SummitGui> shown = new AtomicReference<>();
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                WindowClass.set();
                Stage stage = new Stage();
                StartTimeline.mark("building the window");
                SummitGui gui = SummitGui.show(stage, store, engine, opened.problem(), start);
                StartTimeline.mark("window shown");
                shown.set(gui);
                stage.setOnHidden(e -> {
                    leftAs.set(LayoutMemory.capture(stage, gui.window().tableView()));
                    closed.countDown();
                });
                gui.window().afterFirstFrame(() -> {
                    StartTimeline.mark("first frame drawn");
                    firstFrame.complete(null);
                });
            } catch (RuntimeException | Error e) {
                firstFrame.completeExceptionally(e);
                throw e;
            }
        });
        // What follows waits for the first frame, which it would otherwise slow down: loading libvirt
        // and connecting hosts cost CPU the window's construction needs, and the hosts' rows arrive
        // one pulse later anyway. libvirt's event loop iterates GLib's default main context, which
        // GTK's loop shares: started only once GTK's loop owns that context (it does by now), it never
        // runs JavaFX's work on its own thread.
        join(firstFrame);
        if (System.getenv(AOT_TRAINING) != null) {
            closeAfterTraining(shown.get());
        } else {
            engine.startEvents();
            StartTimeline.mark("libvirt events started");
            // Connections open once libvirt's events can arrive.
            Platform.runLater(() -> {
                StartTimeline.mark("connecting");
                if (connectUri != null) {
                    shown.get().hosts().showUnsaved(connectUri, ConnectionUri.parse(connectUri).suggestedName());
                } else {
                    shown.get().hosts().show(toShow);
                }
            });
        }
        closed.await();
        Platform.exit();
        saveLayout(preferences, leftAs.get(), store.persistent());
        // A host that stopped answering can hold its worker in a native call; give the orderly
        // close a moment, then leave anyway (the workers are daemon threads).
        Thread closer = new Thread(engine::close, "summit-shutdown");
        closer.setDaemon(true);
        closer.start();
        closer.join(2000);
        store.close();
        return 0;
    }

    /**
     * The package build's training run (installer/src/deb/train-aot.sh) records the start path only:
     * every class in the AOT cache is loaded and linked before main() at every start, so libvirt's and
     * the host list's classes, which come after the first frame, are better read from their jars then.
     * The window closes once its first frame is drawn and the work right after it is done.
     */
    private static void closeAfterTraining(SummitGui gui) throws InterruptedException {
        Thread.sleep(TRAINING_AFTER_FIRST_FRAME_MS);
        Platform.runLater(() -> gui.window().stage().close());
    }

    /** Platform.startup blocks its caller until the toolkit runs, so it gets a thread of its own. */
    private static CompletableFuture<Void> startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "summit-fx-start");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The result, or the start-up step's own exception (no display, no libvirt library…). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void saveLayout(UiPreferences preferences, RememberedLayout layout, boolean persistent) {
        if (layout == null || !persistent) {
            return;
        }
        try {
            preferences.saveLayout(layout);
        } catch (RuntimeException e) {
            // Losing a window size is no reason to fail a clean exit.
            LOG.warn("Could not save the window layout: {}", e.getMessage());
        }
    }
}
