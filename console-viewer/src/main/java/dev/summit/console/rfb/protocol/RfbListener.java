package dev.summit.console.rfb.protocol;

/**
 * What a connection reports. Called on the connection's reader thread: implementations hand work to
 * their own thread (the view coalesces per pulse) and never block, except {@link #credentials}.
 * Protocol code never opens a dialog; the app decides what a report means to the user.
 */
public interface RfbListener {
    default void stateChanged(RfbState state) {
    }

    /**
     * The server asks for a password (VNC auth) or a user name and password (VeNCrypt Plain).
     * Blocking here is allowed: it is the reader thread, and the app may wait for a dialog. Return
     * null to give up (the connection then ends with "authentication cancelled").
     */
    default Credentials credentials(boolean needsUserName) {
        return null;
    }

    /** The first size (after ServerInit) and every later change (DesktopSize, ExtendedDesktopSize). */
    default void desktopResized(int width, int height) {
    }

    /** Our request to resize the server's screen (SetDesktopSize) was refused, and why. */
    default void desktopResizeRefused(String reason) {
    }

    /** A whole FramebufferUpdate has been drawn into the framebuffer. */
    default void frameCompleted() {
    }

    default void cursorChanged(CursorShape cursor) {
    }

    /** Keyboard LEDs (bit 0 Scroll Lock, 1 Num Lock, 2 Caps Lock), from the LED state pseudo-encoding. */
    default void ledStateChanged(int leds) {
    }

    default void bell() {
    }

    default void serverClipboard(String text) {
    }

    /** The connection ended; {@code reason} is one sentence a user understands. Called exactly once. */
    default void disconnected(String reason) {
    }

    /** A user name (may be empty) and a password; the caller clears {@code password} after use. */
    record Credentials(String userName, char[] password) {
    }
}
