package dev.summit.console.rfb.message;

import dev.summit.console.rfb.io.RfbInput;
import java.io.DataOutputStream;
import java.io.IOException;

/** The 16-byte PIXEL_FORMAT structure of ServerInit and SetPixelFormat. */
public record PixelFormat(int bitsPerPixel, int depth, boolean bigEndian, boolean trueColour, Channel red, Channel green,
                          Channel blue) {

    /** One colour of a true-colour pixel: its largest value and how far it is shifted left in the pixel. */
    public record Channel(int max, int shift) {
    }

    /** What every decoder expects (see {@code Decoder}): 32 bpp, depth 24, little-endian, shifts 16/8/0. */
    public static final PixelFormat CLIENT = new PixelFormat(32, 24, false, true, new Channel(255, 16),
            new Channel(255, 8), new Channel(255, 0));

    public static final int SIZE = 16;

    public static PixelFormat read(RfbInput in) throws IOException {
        int bitsPerPixel = in.u8();
        int depth = in.u8();
        boolean bigEndian = in.u8() != 0;
        boolean trueColour = in.u8() != 0;
        int redMax = in.u16();
        int greenMax = in.u16();
        int blueMax = in.u16();
        PixelFormat format = new PixelFormat(bitsPerPixel, depth, bigEndian, trueColour, new Channel(redMax, in.u8()),
                new Channel(greenMax, in.u8()), new Channel(blueMax, in.u8()));
        in.skip(3);
        return format;
    }

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(bitsPerPixel);
        out.writeByte(depth);
        out.writeByte(bigEndian ? 1 : 0);
        out.writeByte(trueColour ? 1 : 0);
        out.writeShort(red.max());
        out.writeShort(green.max());
        out.writeShort(blue.max());
        out.writeByte(red.shift());
        out.writeByte(green.shift());
        out.writeByte(blue.shift());
        out.write(new byte[3]);
    }
}
