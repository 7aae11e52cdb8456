package dev.summit.app.vmlist;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work once a new window's first frame has been drawn, not merely laid out: the FX thread lays
 * the frame out, then the render thread draws it while the FX thread goes on. Work started right
 * after the layout (loading libvirt, building the Tasks table) took the CPU from that drawing, and
 * the window stayed blank up to a second longer on a busy machine. A pulse does not hand a frame to
 * the render thread before the previous one is drawn, so the third pulse after the window shows
 * comes after its first frame; the timer keeps pulses coming until then, with or without changes.
 */
final class FirstFrame {
    private static final int PULSES = 3;

    private FirstFrame() {
    }

    /** Call on the FX thread right after the window shows. */
    static void whenDrawn(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES) {
                    stop();
                    // Later, not inside the pulse: it still has to lay out and hand over its own frame.
                    Platform.runLater(work);
                }
            }
        }.start();
    }
}
