package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.decoder.DecoderSet;

/** RFB encoding and pseudo-encoding numbers this client uses, and their names for the status line. */
public final class Encodings {
    public static final int RAW = 0;
    public static final int COPY_RECT = 1;
    public static final int RRE = 2;
    public static final int HEXTILE = 5;
    public static final int ZLIB = 6;
    public static final int TIGHT = 7;
    public static final int ZRLE = 16;
    public static final int TIGHT_PNG = -260;

    public static final int DESKTOP_SIZE = -223;
    public static final int LAST_RECT = -224;
    public static final int CURSOR = -239;
    public static final int QEMU_EXTENDED_KEY_EVENT = -258;
    public static final int LED_STATE = -261;
    public static final int EXTENDED_DESKTOP_SIZE = -308;
    public static final int FENCE = -312;
    public static final int CONTINUOUS_UPDATES = -313;
    /** JPEG quality 0…9 is advertised as this plus the level. */
    public static final int JPEG_QUALITY_0 = -32;
    /** Compression level 0…9 is advertised as this plus the level. */
    public static final int COMPRESS_LEVEL_0 = -256;

    /** No rectangle carried pixels in the last update. */
    public static final int NONE = Integer.MIN_VALUE;

    private Encodings() {
    }

    public static String name(int encoding) {
        return encoding == NONE ? "—" : DecoderSet.name(encoding);
    }
}
