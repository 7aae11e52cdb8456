package dev.summit.app.bench.storage;

import dev.summit.app.bench.RenderedFrame;
import dev.summit.app.storage.StoragePane;
import dev.summit.app.tasks.HistoryLog;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The storage pane in a window of its own listing one pool: from {@code load()} to the frame that
 * shows its volumes, and the longest the FX thread was busy meanwhile — measured by a probe that
 * posts a tiny task every 5 ms from another thread and records how late each one ran.
 */
final class VolumeWindowProbe {
    /** @param listedMillis load → the frame showing every volume; @param longestStallMillis worst lateness of a probe */
    record Result(double listedMillis, double longestStallMillis, int rows) {
    }

    private VolumeWindowProbe() {
    }

    static Result measure(HostSession host, String pool, int expected) throws Exception {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        StoragePane[] pane = new StoragePane[1];
        Platform.runLater(() -> {
            pane[0] = new StoragePane(host, new TaskRunner(Platform::runLater, HistoryLog.NONE));
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane[0].node()), 1100, 700));
            stage.show();
            shown.complete(stage);
        });
        Stage stage = shown.get(30, TimeUnit.SECONDS);
        AtomicLong worst = new AtomicLong();
        Thread probe = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                Platform.runLater(() -> worst.accumulateAndGet(System.nanoTime() - posted, Math::max));
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stall-probe");
        CompletableFuture<RenderedFrame> listed = new CompletableFuture<>();
        long[] start = new long[1];
        @SuppressWarnings("unchecked")
        TableView<Object>[] volumes = new TableView[1];
        Platform.runLater(() -> {
            volumes[0] = (TableView<Object>) pane[0].node().lookup("#storage-volumes");
            probe.start();
            start[0] = System.nanoTime();
            pane[0].load(pool);
            RenderedFrame.when(stage.getScene(), () -> volumes[0].getItems().size() == expected).thenAccept(listed::complete);
        });
        RenderedFrame frame = listed.get(120, TimeUnit.SECONDS);
        Thread.sleep(200);
        probe.interrupt();
        probe.join();
        int rows = onFx(() -> volumes[0].getItems().size());
        Platform.runLater(stage::close);
        return new Result((frame.renderedNanos() - start[0]) / 1e6, worst.get() / 1e6, rows);
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
