package dev.summit.app.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.scene.SceneHelper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * When the window has drawn a frame in which a condition holds — the moment a user would see it,
 * not the moment the data arrived.
 *
 * <p>How: after each pulse's layout pass we test the condition; the first pulse where it holds
 * is the one whose frame shows it. JavaFX hands that frame to its render thread once the frame
 * before it is done, and tells the scene's performance tracker when a frame has been presented.
 * So, in that pulse, we wait for the frame before it (the pulse would wait right after us anyway)
 * and arm the tracker: the next frame it reports is ours. This needs JavaFX's internal
 * {@code com.sun.javafx.perf}, {@code .scene} and {@code .tk} packages exported (the benchmark
 * launchers do); without them we fall back to a snapshot, which waits for the on-screen frame and
 * then renders the scene once more off-screen, so that figure errs late by one render.
 *
 * @param laidOutNanos  {@link System#nanoTime()} after the layout pass that first showed it
 * @param renderedNanos {@link System#nanoTime()} when that frame was presented
 */
public record RenderedFrame(long laidOutNanos, long renderedNanos) {

    /** Call on the FX thread; completes on the FX thread. */
    public static CompletableFuture<RenderedFrame> when(Scene scene, BooleanSupplier condition) {
        CompletableFuture<RenderedFrame> frame = new CompletableFuture<>();
        Runnable[] check = new Runnable[1];
        boolean[] seen = new boolean[1]; // only touched on the FX thread
        check[0] = () -> {
            if (seen[0] || !condition.getAsBoolean()) {
                return;
            }
            seen[0] = true;
            long laidOut = System.nanoTime();
            if (!armTracker(scene, laidOut, frame)) {
                Platform.runLater(() -> scene.snapshot(image -> {
                    frame.complete(new RenderedFrame(laidOut, System.nanoTime()));
                    return null;
                }, null));
            }
            // Removing a listener inside the pulse's own listener loop is not something JavaFX promises to handle.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
        return frame;
    }

    /** False when JavaFX's internals are not exported to us. */
    private static boolean armTracker(Scene scene, long laidOut, CompletableFuture<RenderedFrame> frame) {
        try {
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            SceneHelper.getPeer(scene).waitForRenderingToComplete();
            AtomicBoolean taken = new AtomicBoolean();
            tracker.setOnRenderedFrameTask(() -> { // on the render thread
                if (taken.compareAndSet(false, true)) {
                    long presented = System.nanoTime();
                    Platform.runLater(() -> {
                        tracker.setOnRenderedFrameTask(null);
                        frame.complete(new RenderedFrame(laidOut, presented));
                    });
                }
            });
            return true;
        } catch (IllegalAccessError | RuntimeException e) {
            return false;
        }
    }
}
