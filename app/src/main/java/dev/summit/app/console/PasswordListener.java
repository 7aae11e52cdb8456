package dev.summit.app.console;

import dev.summit.connectors.xml.VncPassword;
import dev.summit.console.rfb.protocol.CursorShape;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbState;

/**
 * Forwards every report to the view's listener and answers a password question with the guest's
 * own VNC password when libvirt gave us one; otherwise the view's listener is asked. The password
 * lives only as long as the connection's handshake needs it.
 */
final class PasswordListener implements RfbListener {
    private final RfbListener next;
    private VncPassword password;

    PasswordListener(RfbListener next, VncPassword password) {
        this.next = next;
        this.password = password;
    }

    @Override
    public Credentials credentials(boolean needsUserName) {
        if (password != null && !needsUserName) {
            char[] copy = password.chars();
            password.clear();
            password = null;
            return new Credentials("", copy);
        }
        return next.credentials(needsUserName);
    }

    @Override
    public void stateChanged(RfbState state) {
        next.stateChanged(state);
        if (state == RfbState.CONNECTED && password != null) {
            password.clear();
            password = null;
        }
    }

    @Override
    public void desktopResized(int width, int height) {
        next.desktopResized(width, height);
    }

    @Override
    public void frameCompleted() {
        next.frameCompleted();
    }

    @Override
    public void cursorChanged(CursorShape cursor) {
        next.cursorChanged(cursor);
    }

    @Override
    public void ledStateChanged(int leds) {
        next.ledStateChanged(leds);
    }

    @Override
    public void bell() {
        next.bell();
    }

    @Override
    public void serverClipboard(String text) {
        next.serverClipboard(text);
    }

    @Override
    public void disconnected(String reason) {
        next.disconnected(reason);
    }
}
