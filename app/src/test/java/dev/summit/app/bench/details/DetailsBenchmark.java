package dev.summit.app.bench.details;

import dev.summit.app.SummitGui;
import dev.summit.app.bench.RenderedFrame;
import dev.summit.app.guest.GuestWindow;
import dev.summit.app.store.SummitStore;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * From choosing the Details tab of a guest with 30 devices to the frame that shows its page list
 * complete — the definitions read on the host's worker, every page built, laid out and rendered.
 * Each run opens the guest's window afresh, so nothing is read before the tab is chosen.
 */
public final class DetailsBenchmark {
    private final SummitStore store = SummitStore.inMemory();
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private SummitGui gui; // FX thread only

    /**
     * One run, in milliseconds from the click.
     *
     * @param read     the definitions arrived from the host's worker
     * @param laidOut  the pulse whose layout first showed every page
     * @param rendered that frame was rendered
     */
    public record Run(double read, double laidOut, double rendered) {
    }

    /** Each run, in order. */
    public List<Run> run(String uri, int runs) throws Exception {
        store.connections().add("Thirty devices", uri, true);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            gui = SummitGui.show(new Stage(), store, engine, Optional.empty());
            gui.hosts().show(store.connections().list());
            shown.complete(null);
        });
        shown.get(30, TimeUnit.SECONDS);
        awaitListed(uri);
        List<Run> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(once(uri).get(30, TimeUnit.SECONDS));
        }
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            gui.close();
            closed.complete(null);
        });
        closed.get(10, TimeUnit.SECONDS);
        engine.close();
        Platform.exit();
        return millis;
    }

    private void awaitListed(String uri) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (onFx(() -> gui.model().guest(uri, ThirtyDeviceHost.GUEST).isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the 30-device guest was not listed within 30 s");
            }
            Thread.sleep(20);
        }
    }

    private CompletableFuture<Run> once(String uri) throws Exception {
        CompletableFuture<GuestWindow> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            GuestRow row = gui.model().guest(uri, ThirtyDeviceHost.GUEST).orElseThrow();
            GuestWindow window = gui.guestWindows().open(row);
            RenderedFrame.when(window.stage().getScene(), () -> true).thenAccept(frame -> opened.complete(window));
        });
        GuestWindow window = opened.get(30, TimeUnit.SECONDS);
        CompletableFuture<Run> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] read = new long[1];
            window.guest().definitionsProperty().addListener((obs, old, now) -> read[0] = read[0] == 0 ? System.nanoTime() : read[0]);
            long asked = System.nanoTime();
            window.showDetails();
            ListView<?> pages = (ListView<?>) window.stage().getScene().lookup("#" + dev.summit.app.guest.details.DetailsPane.LIST_ID);
            // Overview, Memory, CPUs, 10 disks, CD/DVD, 10 NICs, Boot, Display, XML: the list is complete
            // once the definitions are in; a cell of the last page shows it was laid out.
            RenderedFrame.when(window.stage().getScene(), () -> window.guest().definitionsProperty().get() != null
                    && pages.getItems().size() >= 25).thenAccept(frame -> {
                        painted.complete(new Run((read[0] - asked) / 1e6, (frame.laidOutNanos() - asked) / 1e6,
                                (frame.renderedNanos() - asked) / 1e6));
                        window.stage().close();
                    });
        });
        return painted;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws InterruptedException {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                value.complete(read.call());
            } catch (Exception e) {
                value.completeExceptionally(e);
            }
        });
        try {
            return value.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
