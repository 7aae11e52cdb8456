package dev.summit.app.vmlist;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once a new window's first frame has been drawn, not merely laid out: the FX thread lays
 * the frame out, then the render thread draws it while the FX thread goes on. Work started right
 * after the layout (loading libvirt, building the Tasks table) took the CPU from that drawing, and
 * the window stayed blank up to a second longer on a busy machine. A pulse does not begin its
 * rendering before the previous frame is drawn, so the layout of the third pulse comes after the
 * first frame; the two extra pulses are asked for here.
 */
final class FirstFrame {
    private static final int PULSES = 3;

    private FirstFrame() {
    }

    /** Call on the FX thread, before or right after the scene's window shows. */
    static void whenDrawn(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < PULSES) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                // Later, not inside the pulse: it still has to hand its own frame over.
                Platform.runLater(work);
            }
        });
    }
}
