package dev.summit.app.bench.storage;

import dev.summit.app.bench.RenderedFrame;
import dev.summit.app.hostwindow.HostWindow;
import dev.summit.app.hostwindow.HostWindowClasses;
import dev.summit.app.tasks.HistoryLog;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * The host window opened and its Storage tab listing one pool, as a user opens it: the click (its
 * classes loaded off the FX thread, as {@code HostWindowFeature} does) → the first frame showing the
 * Overview (timed apart as the opening), then choosing Storage with the pool → the frame showing
 * every volume, and the longest the FX thread was busy in each ({@link FxStallProbe}).
 */
final class VolumeWindowProbe {
    /**
     * @param openedMillis click → the frame showing the Overview
     * @param opening      the FX thread's longest stall while the window opened
     * @param listedMillis Storage chosen → the frame showing every volume (the tab built, pools and volumes read)
     * @param listing      its longest stall while listing
     */
    record Result(double openedMillis, Stall opening, double listedMillis, Stall listing, int rows) {
    }

    /**
     * @param wallMillis      worst lateness of a probe
     * @param cpuMillis       the FX thread's own CPU time in its longest busy stretch
     * @param unqueuedMillis  the longest stall less the FX thread's wait for a core
     *                        ({@link FxStallProbe#longestUnqueuedMillis()})
     */
    record Stall(double wallMillis, double cpuMillis, double unqueuedMillis) {
        static Stall of(FxStallProbe probe) {
            return new Stall(probe.longestWallMillis(), probe.longestCpuMillis(), probe.longestUnqueuedMillis());
        }
    }

    private VolumeWindowProbe() {
    }

    /** @param trace where phases and long busy stretches are told, in JVM uptime (null: nowhere) */
    static Result measure(HostSession host, String pool, int expected, PrintWriter trace) throws Exception {
        CompletableFuture<RenderedFrame> opened = new CompletableFuture<>();
        HostWindow[] window = new HostWindow[1];
        long[] showing = new long[1];
        FxStallProbe[] opening = new FxStallProbe[1];
        FxStackSampler[] sampler = new FxStackSampler[1];
        Platform.runLater(() -> {
            opening[0] = new FxStallProbe(trace);
            opening[0].start();
            if (trace != null && Boolean.getBoolean("summit.bench.fxstacks")) {
                sampler[0] = FxStackSampler.startOnFxThread(trace);
            }
            showing[0] = System.nanoTime();
            mark(trace, "opening");
            HostWindowClasses.load().whenComplete((loaded, failure) -> {
                mark(trace, "classes loaded");
                Platform.runLater(() -> {
                    window[0] = new HostWindow("storage-bench", host, new TaskRunner(Platform::runLater, HistoryLog.NONE));
                    mark(trace, "show");
                    window[0].show();
                    mark(trace, "shown");
                    Scene scene = window[0].stage().getScene();
                    if (trace != null) {
                        PulseTrace.on(scene, trace);
                    }
                    RenderedFrame.when(scene, () -> scene.lookup("#host-overview") != null).thenAccept(frame -> {
                        mark(trace, "opened");
                        opened.complete(frame);
                    });
                });
            });
        });
        double openedMillis = (opened.get(60, TimeUnit.SECONDS).renderedNanos() - showing[0]) / 1e6;
        Thread.sleep(300); // the Overview's reading lands
        opening[0].stop();
        if (sampler[0] != null) {
            sampler[0].stop();
        }
        Scene scene = window[0].stage().getScene();
        FxStallProbe[] probe = new FxStallProbe[1];
        CompletableFuture<RenderedFrame> listed = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            probe[0] = new FxStallProbe(trace);
            probe[0].start();
            start[0] = System.nanoTime();
            mark(trace, "listing");
            window[0].showStorage(pool);
            RenderedFrame.when(scene, () -> rows(scene) == expected).thenAccept(listed::complete);
        });
        RenderedFrame frame = listed.get(120, TimeUnit.SECONDS);
        Thread.sleep(200);
        probe[0].stop();
        mark(trace, "listed");
        int rows = onFx(() -> rows(scene));
        Platform.runLater(window[0].stage()::close);
        return new Result(openedMillis, Stall.of(opening[0]), (frame.renderedNanos() - start[0]) / 1e6,
                Stall.of(probe[0]), rows);
    }

    private static int rows(Scene scene) {
        return scene.lookup("#storage-volumes") instanceof TableView<?> table ? table.getItems().size() : -1;
    }

    /** Each phase's start in JVM uptime, to slice a -Xlog:class+load:…:uptime log by, and in epoch seconds, for strace -tt. */
    private static void mark(PrintWriter trace, String phase) {
        if (trace != null) {
            trace.printf("mark %s %.3f (epoch %.3f)%n", phase, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                    System.currentTimeMillis() / 1000.0);
            trace.flush();
        }
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
