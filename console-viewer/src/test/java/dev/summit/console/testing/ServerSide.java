package dev.summit.console.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The server's half of common RFB steps, for {@link FakeServer} scripts. */
public final class ServerSide {
    private ServerSide() {
    }

    public static String readClientVersion(DataInputStream in) throws IOException {
        byte[] version = new byte[12];
        in.readFully(version);
        return new String(version, StandardCharsets.US_ASCII);
    }

    /** Greets as {@code version} and checks the client answers with {@code expectedAnswer}. */
    public static void greet(DataInputStream in, DataOutputStream out, String version, String expectedAnswer) throws IOException {
        out.write(version.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(readClientVersion(in)).isEqualTo(expectedAnswer);
    }

    /** RFB 3.8 with security None, up to and including ClientInit. */
    public static void noneHandshake38(DataInputStream in, DataOutputStream out) throws IOException {
        greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
        out.writeByte(1);
        out.writeByte(1);
        out.flush();
        assertThat(in.readUnsignedByte()).isEqualTo(1);
        out.writeInt(0);
        out.flush();
        in.readUnsignedByte();
    }

    public static void reason(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static void serverInit(DataOutputStream out, int width, int height, String name) throws IOException {
        out.writeShort(width);
        out.writeShort(height);
        out.write(new byte[] {32, 24, 0, 1, 0, (byte) 255, 0, (byte) 255, 0, (byte) 255, 16, 8, 0, 0, 0, 0});
        reason(out, name);
        out.flush();
    }

    /** SetPixelFormat, SetEncodings and the first FramebufferUpdateRequest; returns the encodings. */
    public static int[] readInitMessages(DataInputStream in) throws IOException {
        assertThat(in.readUnsignedByte()).as("SetPixelFormat").isEqualTo(0);
        byte[] format = new byte[19];
        in.readFully(format);
        assertThat(format[3]).as("bits per pixel").isEqualTo((byte) 32);
        assertThat(in.readUnsignedByte()).as("SetEncodings").isEqualTo(2);
        in.readUnsignedByte();
        int[] encodings = new int[in.readUnsignedShort()];
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = in.readInt();
        }
        assertThat(in.readUnsignedByte()).as("FramebufferUpdateRequest").isEqualTo(3);
        assertThat(in.readUnsignedByte()).as("first request is not incremental").isEqualTo(0);
        in.readFully(new byte[8]);
        return encodings;
    }

    public static void updateHeader(DataOutputStream out, int rectangles) throws IOException {
        out.writeByte(0);
        out.writeByte(0);
        out.writeShort(rectangles);
    }

    public static void rectHeader(DataOutputStream out, int x, int y, int w, int h, int encoding) throws IOException {
        out.writeShort(x);
        out.writeShort(y);
        out.writeShort(w);
        out.writeShort(h);
        out.writeInt(encoding);
    }

    /** A Tight fill rectangle: the simplest pixel-carrying body the default decoders understand. */
    public static void tightFill(DataOutputStream out, int x, int y, int w, int h, int rgb) throws IOException {
        rectHeader(out, x, y, w, h, 7);
        out.writeByte(0x80);
        out.writeByte(rgb >> 16);
        out.writeByte(rgb >> 8);
        out.writeByte(rgb);
    }
}
