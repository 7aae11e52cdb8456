package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** The encodings and pseudo-encodings the client accepts, most preferred first. */
public record SetEncodings(List<Integer> encodings) implements ClientMessage {
    public static final int TYPE = 2;

    public SetEncodings {
        encodings = List.copyOf(encodings);
        if (encodings.size() > 0xFFFF) {
            throw new IllegalArgumentException("at most 65535 encodings fit the message");
        }
    }

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.writeByte(0);
        out.writeShort(encodings.size());
        for (int encoding : encodings) {
            out.writeInt(encoding);
        }
    }
}
