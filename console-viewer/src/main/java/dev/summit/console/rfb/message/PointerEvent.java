package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

public record PointerEvent(int buttonMask, int x, int y) implements ClientMessage {
    public static final int TYPE = 5;

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(buttonMask);
        out.writeShort(x);
        out.writeShort(y);
    }
}
