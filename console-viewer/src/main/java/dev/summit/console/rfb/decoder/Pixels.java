package dev.summit.console.rfb.decoder;

/** The client's fixed wire format (see {@link Decoder}) to 0xFFRRGGBB. */
public final class Pixels {
    private Pixels() {
    }

    /** A 4-byte pixel at {@code offset}: bytes B, G, R, unused. */
    public static int fromPixel(byte[] data, int offset) {
        return 0xFF000000 | (data[offset + 2] & 0xFF) << 16 | (data[offset + 1] & 0xFF) << 8 | (data[offset] & 0xFF);
    }

    /** ZRLE's 3-byte CPIXEL at {@code offset}: bytes B, G, R. */
    public static int fromCpixel(byte[] data, int offset) {
        return 0xFF000000 | (data[offset + 2] & 0xFF) << 16 | (data[offset + 1] & 0xFF) << 8 | (data[offset] & 0xFF);
    }

    /** Tight's 3-byte TPIXEL at {@code offset}: bytes R, G, B. */
    public static int fromTpixel(byte[] data, int offset) {
        return 0xFF000000 | (data[offset] & 0xFF) << 16 | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF);
    }
}
