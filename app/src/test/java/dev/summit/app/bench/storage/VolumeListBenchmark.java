package dev.summit.app.bench.storage;

import dev.summit.app.bench.RenderedFrame;
import dev.summit.app.bench.Virsh;
import dev.summit.app.theme.ThemeApplier;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.storage.StoragePools;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A pool of many volumes listed three ways in one run: {@code virsh vol-list --details} (the
 * anchor, process start to exit), {@code summit vol list} (the same), and the host window's Storage
 * tab (chosen → the frame showing every volume), with the longest FX-thread stall while the window
 * opens and while it lists.
 */
public final class VolumeListBenchmark {
    private static final String URI = "qemu:///system";
    private static final double TARGET_RATIO = 1.5;
    private static final double TARGET_STALL_MS = 100;

    private final int volumes;
    private final int runs;
    private final String summit;

    public VolumeListBenchmark(int volumes, int runs, String summit) {
        this.volumes = volumes;
        this.runs = runs;
        this.summit = summit;
    }

    /** @param progress where a line per step goes (stderr, from the command) */
    public int run(PrintWriter out, PrintWriter progress) throws Exception {
        // JavaFX first: GTK's glass and libvirt's event loop share GLib's default main context, and
        // whichever loop owns it first dispatches; started later, JavaFX's tasks ran on libvirt's thread.
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        Stage mainWindow = standInMainWindow();
        Virsh virsh = new Virsh(URI);
        progress.println("making a pool of " + volumes + " volumes…");
        progress.flush();
        try (ManyVolumePool pool = ManyVolumePool.make(virsh, volumes)) {
            List<Double> virshMs = new ArrayList<>();
            List<Double> cliMs = new ArrayList<>();
            List<Double> inProcessMs = new ArrayList<>();
            timedProcess(List.of(summit, "vol", "list", pool.name(), "--connect", URI)); // writes the verb's class archive
            HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
            HostSession host = engine.open(URI);
            awaitConnected(host);
            for (int i = 0; i < runs; i++) {
                progress.println("run " + (i + 1) + " of " + runs + "…");
                progress.flush();
                virshMs.add(virsh.timed("vol-list", pool.name(), "--details") / 1000.0);
                cliMs.add(timedProcess(List.of(summit, "vol", "list", pool.name(), "--connect", URI)));
                long start = System.nanoTime();
                int listed = StoragePools.volumesWithUsers(host, pool.name()).get(120, TimeUnit.SECONDS).size();
                inProcessMs.add((System.nanoTime() - start) / 1e6);
                if (listed != volumes) {
                    throw new IllegalStateException("listed " + listed + " volumes, expected " + volumes);
                }
            }
            List<VolumeWindowProbe.Result> windows = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                // -Dsummit.bench.marks=true: each phase and each FX busy stretch over 30 ms on stderr, in JVM uptime.
                windows.add(VolumeWindowProbe.measure(host, pool.name(), volumes, Boolean.getBoolean("summit.bench.marks") ? progress : null));
            }
            engine.close();
            Platform.runLater(mainWindow::close);
            Platform.exit();
            double anchor = median(virshMs);
            double cli = median(cliMs);
            double window = median(windows.stream().map(VolumeWindowProbe.Result::listedMillis).toList());
            double stall = windows.stream().mapToDouble(r -> Math.max(r.listing().wallMillis(), r.opening().wallMillis())).max().orElse(0);
            out.printf(Locale.ROOT, "%d volumes in one dir pool, median of %d, ms%n", volumes, runs);
            out.printf(Locale.ROOT, "virsh vol-list --details (process)          %8.0f%n", anchor);
            out.printf(Locale.ROOT, "summit vol list (process)                   %8.0f   ratio %.2f (target ≤ %.1f: %s)%n", cli,
                    cli / anchor, TARGET_RATIO, cli / anchor <= TARGET_RATIO ? "met" : "missed");
            out.printf(Locale.ROOT, "  of which the listing itself (in-process)  %8.0f%n", median(inProcessMs));
            out.printf(Locale.ROOT, "window: Storage → every volume on screen    %8.0f   ratio %.2f (target ≤ %.1f: %s)%n", window,
                    window / anchor, TARGET_RATIO, window / anchor <= TARGET_RATIO ? "met" : "missed");
            out.printf(Locale.ROOT, "window: longest FX-thread stall (open, list) %8.0f   (target < %.0f: %s)%n", stall,
                    TARGET_STALL_MS, stall < TARGET_STALL_MS ? "met" : "missed");
            double unqueued = windows.stream().mapToDouble(r -> Math.max(r.opening().unqueuedMillis(), r.listing().unqueuedMillis())).max().orElse(0);
            out.printf(Locale.ROOT, "  less the FX thread's wait for a core (a free core's figure) %4.0f   (target < %.0f: %s)%n", unqueued,
                    TARGET_STALL_MS, unqueued < TARGET_STALL_MS ? "met" : "missed");
            double stallCpu = windows.stream().mapToDouble(r -> Math.max(r.listing().cpuMillis(), r.opening().cpuMillis())).max().orElse(0);
            out.printf(Locale.ROOT, "  the FX thread's own CPU time in one busy stretch, at most %4.0f ms (what a quiet machine would see)%n",
                    stallCpu);
            out.printf(Locale.ROOT, "Opening: click → the host window's Overview on screen; listing: Storage chosen → every volume on screen. Stall: the%n"
                    + "longest an FX task waited (wall clock); CPU: the most CPU the FX thread used in one such wait.%n");
            for (VolumeWindowProbe.Result result : windows) {
                out.printf(Locale.ROOT, "  window run: opening %5.0f ms (stall %4.0f, less core wait %4.0f, CPU %3.0f);"
                        + " listing %5.0f ms (stall %4.0f, less core wait %4.0f, CPU %3.0f)%n",
                        result.openedMillis(), result.opening().wallMillis(), result.opening().unqueuedMillis(), result.opening().cpuMillis(),
                        result.listedMillis(), result.listing().wallMillis(), result.listing().unqueuedMillis(), result.listing().cpuMillis());
            }
            out.printf(Locale.ROOT, "(Java %s; frames marked %s)%n", Runtime.version(), framesPresented()
                    ? "as presented" : "by a snapshot, which blocks the FX thread: the stalls are overstated");
            out.printf(Locale.ROOT, "(load average when done: %.1f on %d cores)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.flush();
            return 0;
        }
    }

    /**
     * A host window is never a process's first window: Summit's main window, styled by its theme, is
     * up before it. This stands in for it (one label), so the toolkit's and the stylesheets' first
     * use is not counted as the host window's; every control of the host window is still cold.
     */
    private static Stage standInMainWindow() throws Exception {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            new ThemeApplier().install();
            Stage stage = new Stage();
            stage.setTitle("Summit");
            stage.setScene(new Scene(new StackPane(new Label("Summit")), 400, 300));
            stage.show();
            RenderedFrame.when(stage.getScene(), () -> true).thenAccept(frame -> shown.complete(stage));
        });
        return shown.get(30, TimeUnit.SECONDS);
    }

    /** Whether {@code RenderedFrame} can mark the presented frame (the launcher exports JavaFX's internals). */
    private static boolean framesPresented() {
        return com.sun.javafx.perf.PerformanceTracker.class.getModule().isExported("com.sun.javafx.perf",
                VolumeListBenchmark.class.getModule());
    }

    private static void awaitConnected(HostSession host) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(host.inventory().status() instanceof HostStatus.Connected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("qemu:///system did not connect within 30 s");
            }
            Thread.sleep(20);
        }
    }

    /** Process start to exit, ms; its output is read and dropped, as a terminal would show it. */
    private static double timedProcess(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
