package dev.summit.app.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * When the window has drawn a frame in which a condition holds — the moment a user would see it,
 * not the moment the data arrived.
 *
 * <p>How: after each pulse's layout pass we test the condition; the first pulse where it holds
 * is the one whose frame shows it. That frame is handed to JavaFX's render thread, which gives
 * no public signal when it is done. So we then ask for a snapshot of the scene: before drawing it,
 * JavaFX waits for the on-screen frame to finish rendering, then renders the scene once more
 * off-screen. The time we take therefore errs late by one off-screen render of the window (a
 * few ms), never early.
 *
 * @param laidOutNanos  {@link System#nanoTime()} after the layout pass that first showed it
 * @param renderedNanos {@link System#nanoTime()} when the snapshot of that frame was rendered
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
            // A snapshot or a listener removal inside the pulse's own listener loop is not
            // something JavaFX promises to handle; both wait until the pulse is over.
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(check[0]);
                scene.snapshot(image -> {
                    frame.complete(new RenderedFrame(laidOut, System.nanoTime()));
                    return null;
                }, null);
            });
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
        return frame;
    }
}
