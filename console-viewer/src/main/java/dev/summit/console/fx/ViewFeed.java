package dev.summit.console.fx;

import dev.summit.console.rfb.protocol.CursorShape;
import dev.summit.console.rfb.protocol.RfbListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * The connection's reports that the view shows, taken on the reader thread and kept for the next
 * pulse: the reader never waits for the FX thread, and a burst of frames costs one repaint.
 */
final class ViewFeed implements RfbListener {
    static final int LEDS_UNKNOWN = -1;

    private final AtomicReference<CursorShape> cursor = new AtomicReference<>();
    private final AtomicInteger leds = new AtomicInteger(LEDS_UNKNOWN);

    @Override
    public void desktopResized(int width, int height) {
        Platform.requestNextPulse();
    }

    @Override
    public void frameCompleted() {
        Platform.requestNextPulse();
    }

    @Override
    public void cursorChanged(CursorShape shape) {
        cursor.set(shape);
        Platform.requestNextPulse();
    }

    @Override
    public void ledStateChanged(int state) {
        leds.set(state);
        Platform.requestNextPulse();
    }

    /** The newest cursor shape since the last call, or null. */
    CursorShape takeCursor() {
        return cursor.getAndSet(null);
    }

    int leds() {
        return leds.get();
    }
}
