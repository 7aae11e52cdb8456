package dev.summit.app.bench;

import dev.summit.app.SummitGui;
import dev.summit.app.store.SavedConnection;
import dev.summit.app.store.SummitStore;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.GuestTable;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.inventory.InventoryListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

/**
 * Summit in this JVM, started the way {@code GuiLauncher} starts it — the store, an engine with
 * statistics every 2 s (the default), the window — then listing one saved connection to the
 * generated host. Unlike the launcher, it connects only after the window's first frame is drawn,
 * so "window shown" and "connect → rows listed" are measured apart instead of overlapping.
 */
public final class ListBenchmark implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 60;

    private final SummitStore store = SummitStore.inMemory();
    private final HostEngine engine;
    private SummitGui gui; // set on the FX thread before windowShown completes
    private Scene scene;

    /**
     * What the user waits for, in milliseconds.
     *
     * @param windowShown from JVM start to the window's first rendered frame
     * @param listed      from asking for the host to the frame showing its guests
     * @param connected   of {@code listed}: connecting and reading every guest, on the host's worker
     * @param applied     then: handing the snapshot to the FX thread and filling the view-model
     * @param laidOut     then: until the pulse whose layout shows the rows
     * @param rendered    then: rendering that frame
     */
    public record Timings(long windowShown, long listed, long connected, long applied, long laidOut, long rendered) {
    }

    /** Starts libvirt's event loop, as the launcher does before the window opens. */
    public ListBenchmark() {
        this.engine = new HostEngine(EngineSettings.DEFAULT);
    }

    /** Shows the window, then lists {@code host}; returns once its rows are on screen. */
    public Timings run(ThousandGuestHost host) throws IOException, InterruptedException {
        store.connections().add(host.guests() + " guests", host.uri(), true);
        List<SavedConnection> saved = store.connections().list();
        long windowShown = await(showWindow(), "the window to show");
        long started = System.nanoTime();
        ListFrames frames = await(listOnFxThread(host, saved), host.guests() + " rows to show");
        return new Timings(windowShown, millis(frames.rendered.renderedNanos() - started),
                millis(frames.connectedNanos - started), millis(frames.appliedNanos - frames.connectedNanos),
                millis(frames.rendered.laidOutNanos() - frames.appliedNanos),
                millis(frames.rendered.renderedNanos() - frames.rendered.laidOutNanos()));
    }

    /** This JVM's CPU time and memory: Summit and this benchmark's (sleeping) main thread. */
    public ProcessUsage usage() throws IOException {
        return ProcessUsage.of(ProcessHandle.current().pid());
    }

    /** Milliseconds from JVM start until the window's first frame is rendered. */
    private CompletableFuture<Long> showWindow() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            gui = SummitGui.show(stage, store, engine, Optional.empty());
            scene = stage.getScene();
            RenderedFrame.when(scene, () -> true)
                    .thenAccept(frame -> shown.complete(System.currentTimeMillis() - jvmStart));
        });
        return shown;
    }

    private record ListFrames(long connectedNanos, long appliedNanos, RenderedFrame rendered) {
    }

    private CompletableFuture<ListFrames> listOnFxThread(ThousandGuestHost host, List<SavedConnection> saved) {
        CompletableFuture<ListFrames> listed = new CompletableFuture<>();
        Platform.runLater(() -> {
            int expected = host.guests();
            gui.hosts().show(saved);
            HostRow row = gui.model().host(host.uri()).orElseThrow();
            HostSession session = engine.session(host.uri()).orElseThrow();
            AtomicLong connected = new AtomicLong();
            session.addListener(new InventoryListener() {
                @Override
                public void inventoryChanged(HostInventory inventory) {
                    if (inventory.guests().size() >= expected) {
                        connected.compareAndSet(0, System.nanoTime());
                        session.removeListener(this); // measure, then stay out of the idle window
                    }
                }
            });
            long[] applied = new long[1];
            InvalidationListener onRows = new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable rows) {
                    if (row.guests().size() >= expected) {
                        applied[0] = System.nanoTime();
                        row.guests().removeListener(this);
                    }
                }
            };
            row.guests().addListener(onRows);
            row.statusProperty().addListener((obs, old, status) -> {
                if (status instanceof HostStatus.Disconnected || status instanceof HostStatus.Retrying) {
                    listed.completeExceptionally(new IOException("Summit could not list " + host.uri() + ": "
                            + status.describe() + " (" + status + ")"));
                }
            });
            TreeTableView<?> table = (TreeTableView<?>) scene.lookup("#" + GuestTable.ID);
            // The host heading plus every guest are rows of the tree, and a guest row has a cell.
            RenderedFrame.when(scene, () -> applied[0] != 0 && table.getExpandedItemCount() > expected
                    && showsAGuest(table))
                    .thenAccept(frame -> listed.complete(new ListFrames(connected.get(), applied[0], frame)));
        });
        return listed;
    }

    private static boolean showsAGuest(TreeTableView<?> table) {
        for (Node node : table.lookupAll(".tree-table-row-cell")) {
            if (node instanceof TreeTableRow<?> row && row.isVisible() && !row.isEmpty()
                    && row.getItem() instanceof GuestRow) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes the store only. The window and the engine go with the JVM, which the command ends
     * right after printing: closing the window while libvirt's event thread can dispatch GTK events
     * crashed the JVM in glass's native code in 3 of 8 runs (the two share GLib's default main
     * context), and a crash there would say nothing about listing or idling.
     */
    @Override
    public void close() {
        store.close();
    }

    private static <T> T await(CompletableFuture<T> future, String what) throws IOException, InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("gave up waiting " + TIMEOUT_SECONDS + " s for " + what, e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
