package dev.summit.console.rfb.message;

import dev.summit.console.rfb.io.RfbInput;
import java.io.DataOutputStream;
import java.io.IOException;

/** The 16-byte PIXEL_FORMAT structure of ServerInit and SetPixelFormat. */
public record PixelFormat(int bitsPerPixel, int depth, boolean bigEndian, boolean trueColour,
                          int redMax, int greenMax, int blueMax, int redShift, int greenShift, int blueShift) {

    /** What every decoder expects (see {@code Decoder}): 32 bpp, depth 24, little-endian, shifts 16/8/0. */
    public static final PixelFormat CLIENT = new PixelFormat(32, 24, false, true, 255, 255, 255, 16, 8, 0);

    public static final int SIZE = 16;

    public static PixelFormat read(RfbInput in) throws IOException {
        PixelFormat format = new PixelFormat(in.u8(), in.u8(), in.u8() != 0, in.u8() != 0,
                in.u16(), in.u16(), in.u16(), in.u8(), in.u8(), in.u8());
        in.skip(3);
        return format;
    }

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(bitsPerPixel);
        out.writeByte(depth);
        out.writeByte(bigEndian ? 1 : 0);
        out.writeByte(trueColour ? 1 : 0);
        out.writeShort(redMax);
        out.writeShort(greenMax);
        out.writeShort(blueMax);
        out.writeByte(redShift);
        out.writeByte(greenShift);
        out.writeByte(blueShift);
        out.write(new byte[3]);
    }
}
