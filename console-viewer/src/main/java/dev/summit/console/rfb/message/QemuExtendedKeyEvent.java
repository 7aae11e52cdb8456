package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * QEMU's key message (client message 255, subtype 0): the keysym plus the PC scancode, so the
 * guest's own layout decides the character. Only sent after the server acknowledged the pseudo-encoding.
 *
 * @param xtScancode as {@code ConsoleInput} gives it: one byte, or 0xE0xx for extended keys
 */
public record QemuExtendedKeyEvent(boolean down, int keysym, int xtScancode) implements ClientMessage {
    public static final int TYPE = 255;
    public static final int SUBTYPE_EXTENDED_KEY = 0;

    /** QEMU folds the 0xE0 prefix into the high bit of one byte (0xE0 0x1D becomes 0x9D). */
    public int qemuKeycode() {
        if ((xtScancode & 0xFF00) == 0xE000) {
            return 0x80 | (xtScancode & 0x7F);
        }
        return xtScancode & 0xFF;
    }

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(SUBTYPE_EXTENDED_KEY);
        out.writeShort(down ? 1 : 0);
        out.writeInt(keysym);
        out.writeInt(qemuKeycode());
    }
}
