package dev.summit.console.rfb.protocol;

/**
 * What a view sends to the remote screen. Implemented by the RFB client; the JavaFX view only knows
 * this interface. Calls may come from any thread (the FX thread, mostly) and never block on the
 * network: they are queued to the connection's writer.
 */
public interface ConsoleInput {
    /**
     * A key press or release. {@code keysym} is the X11 keysym; {@code xtScancode} is the PC XT
     * scancode (0xE0-prefixed keys as 0xE0xx), or 0 when unknown. When the server offers QEMU's
     * extended key event the scancode travels, so the guest's keyboard layout decides the character.
     */
    void key(int keysym, int xtScancode, boolean down);

    /** Pointer position in framebuffer pixels and the button mask (bit 0 left, 1 middle, 2 right, 3/4 wheel). */
    void pointer(int x, int y, int buttonMask);

    /** Clipboard text host → guest (ClientCutText). The app only calls this when the user turned sharing on. */
    void clipboard(String text);
}
