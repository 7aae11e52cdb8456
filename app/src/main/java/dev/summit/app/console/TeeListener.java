package dev.summit.app.console;

import dev.summit.console.rfb.protocol.CursorShape;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbState;

/** Reports to the view (pixels, cursor, LEDs) and to the session (state, end) alike. */
record TeeListener(RfbListener view, RfbListener session) implements RfbListener {
    @Override
    public void stateChanged(RfbState state) {
        view.stateChanged(state);
        session.stateChanged(state);
    }

    @Override
    public Credentials credentials(boolean needsUserName) {
        return session.credentials(needsUserName);
    }

    @Override
    public void desktopResized(int width, int height) {
        view.desktopResized(width, height);
    }

    @Override
    public void frameCompleted() {
        view.frameCompleted();
    }

    @Override
    public void cursorChanged(CursorShape cursor) {
        view.cursorChanged(cursor);
    }

    @Override
    public void ledStateChanged(int leds) {
        view.ledStateChanged(leds);
    }

    @Override
    public void bell() {
        view.bell();
    }

    @Override
    public void serverClipboard(String text) {
        session.serverClipboard(text);
    }

    @Override
    public void desktopResizeRefused(String reason) {
        session.desktopResizeRefused(reason);
    }

    @Override
    public void disconnected(String reason) {
        view.disconnected(reason);
        session.disconnected(reason);
    }
}
