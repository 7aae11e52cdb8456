package dev.summit.app.bench.storage;

import dev.summit.app.bench.RenderedFrame;
import dev.summit.app.storage.StoragePane;
import dev.summit.app.tasks.HistoryLog;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The storage pane in a window of its own listing one pool: the empty window is shown first (its
 * first frame timed apart), then from {@code load()} to the frame that shows its volumes, and the
 * longest the FX thread was busy meanwhile ({@link FxStallProbe}).
 */
final class VolumeWindowProbe {
    /**
     * @param openedMillis       show → the empty window's first frame (its controls built, before any listing)
     * @param openingStallMillis worst lateness of a probe while the window opened
     * @param openingStallCpuMillis the FX thread's own CPU time in one busy stretch while the window opened
     * @param listedMillis       load → the frame showing every volume
     * @param longestStallMillis worst lateness of a probe while listing
     * @param longestStallCpuMillis the FX thread's own CPU time in its longest busy stretch while listing
     */
    record Result(double openedMillis, double openingStallMillis, double openingStallCpuMillis, double listedMillis,
                  double longestStallMillis, double longestStallCpuMillis, int rows) {
    }

    private VolumeWindowProbe() {
    }

    static Result measure(HostSession host, String pool, int expected) throws Exception {
        CompletableFuture<RenderedFrame> opened = new CompletableFuture<>();
        StoragePane[] pane = new StoragePane[1];
        Stage[] window = new Stage[1];
        long[] showing = new long[1];
        FxStallProbe[] opening = new FxStallProbe[1];
        Platform.runLater(() -> {
            opening[0] = new FxStallProbe();
            opening[0].start();
            showing[0] = System.nanoTime();
            pane[0] = new StoragePane(host, new TaskRunner(Platform::runLater, HistoryLog.NONE));
            window[0] = new Stage();
            window[0].setScene(new Scene(new javafx.scene.layout.StackPane(pane[0].node()), 1100, 700));
            window[0].show();
            // The empty window's first frame: building its controls is the window's opening, not the listing.
            RenderedFrame.when(window[0].getScene(), () -> true).thenAccept(opened::complete);
        });
        double openedMillis = (opened.get(30, TimeUnit.SECONDS).renderedNanos() - showing[0]) / 1e6;
        opening[0].stop();
        Stage stage = window[0];
        FxStallProbe[] probe = new FxStallProbe[1];
        CompletableFuture<RenderedFrame> listed = new CompletableFuture<>();
        long[] start = new long[1];
        @SuppressWarnings("unchecked")
        TableView<Object>[] volumes = new TableView[1];
        Platform.runLater(() -> {
            volumes[0] = (TableView<Object>) pane[0].node().lookup("#storage-volumes");
            probe[0] = new FxStallProbe();
            probe[0].start();
            start[0] = System.nanoTime();
            pane[0].load(pool);
            RenderedFrame.when(stage.getScene(), () -> volumes[0].getItems().size() == expected).thenAccept(listed::complete);
        });
        RenderedFrame frame = listed.get(120, TimeUnit.SECONDS);
        Thread.sleep(200);
        probe[0].stop();
        int rows = onFx(() -> volumes[0].getItems().size());
        Platform.runLater(stage::close);
        return new Result(openedMillis, opening[0].longestWallMillis(), opening[0].longestCpuMillis(),
                (frame.renderedNanos() - start[0]) / 1e6, probe[0].longestWallMillis(), probe[0].longestCpuMillis(), rows);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                value.complete(read.call());
            } catch (Exception e) {
                value.completeExceptionally(e);
            }
        });
        return value.get(30, TimeUnit.SECONDS);
    }
}
