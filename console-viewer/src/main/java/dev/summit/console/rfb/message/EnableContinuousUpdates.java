package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Turns the server's continuous updates on for an area (it then sends changes without being asked
 * for each update) or off. Only after the server offered them with EndOfContinuousUpdates.
 */
public record EnableContinuousUpdates(boolean enable, int x, int y, int width, int height) implements ClientMessage {
    public static final int TYPE = 150;

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(enable ? 1 : 0);
        out.writeShort(x);
        out.writeShort(y);
        out.writeShort(width);
        out.writeShort(height);
    }
}
