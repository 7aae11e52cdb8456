package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Clipboard text to the server. The classic message is Latin-1 only and uses bare LF line ends;
 * characters Latin-1 cannot hold become '?' rather than failing the whole paste.
 */
public record ClientCutText(String text) implements ClientMessage {
    public static final int TYPE = 6;

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        byte[] bytes = text.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        out.writeByte(TYPE);
        out.write(new byte[3]);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
