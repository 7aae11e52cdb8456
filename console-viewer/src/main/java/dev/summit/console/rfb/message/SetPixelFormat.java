package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

public record SetPixelFormat(PixelFormat format) implements ClientMessage {
    public static final int TYPE = 0;

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.write(new byte[3]);
        format.writeTo(out);
    }
}
