package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Asks the server to change its screen to {@code width}×{@code height} (the ExtendedDesktopSize
 * extension), as one screen covering it all. The server answers with an ExtendedDesktopSize
 * rectangle whose status says whether it did.
 *
 * @param screenId    the server's id of its (first) screen, kept so the server resizes it rather than replacing it
 * @param screenFlags that screen's flags, passed back unchanged
 */
public record SetDesktopSize(int width, int height, int screenId, int screenFlags) implements ClientMessage {
    public static final int TYPE = 251;

    public SetDesktopSize {
        if (width < 1 || height < 1 || width > 0xFFFF || height > 0xFFFF) {
            throw new IllegalArgumentException("a desktop size is 1…65535 on each side, not " + width + "×" + height);
        }
    }

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(0);
        out.writeShort(width);
        out.writeShort(height);
        out.writeByte(1);
        out.writeByte(0);
        out.writeInt(screenId);
        out.writeShort(0);
        out.writeShort(0);
        out.writeShort(width);
        out.writeShort(height);
        out.writeInt(screenFlags);
    }
}
