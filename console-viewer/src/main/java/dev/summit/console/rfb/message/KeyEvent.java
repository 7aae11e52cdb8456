package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/** The classic key message: an X11 keysym only, so the server's keymap picks the key. */
public record KeyEvent(boolean down, int keysym) implements ClientMessage {
    public static final int TYPE = 4;

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(down ? 1 : 0);
        out.writeShort(0);
        out.writeInt(keysym);
    }
}
