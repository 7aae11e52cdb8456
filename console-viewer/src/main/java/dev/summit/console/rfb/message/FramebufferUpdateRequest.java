package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/** Asks for the area; {@code incremental} means "only what changed since the last update". */
public record FramebufferUpdateRequest(boolean incremental, int x, int y, int width, int height) implements ClientMessage {
    public static final int TYPE = 3;

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(incremental ? 1 : 0);
        out.writeShort(x);
        out.writeShort(y);
        out.writeShort(width);
        out.writeShort(height);
    }
}
