package dev.summit.connectors.units;

import java.util.Locale;

/**
 * Every byte count Summit shows a person, in binary units. Three ways, each for one kind of sentence:
 * {@link #human} when the size is a reading (a volume, a transfer, memory in the list), {@link #gib} when
 * the person chose the size in GiB (a new disk), {@link #exact} when a refusal repeats what was asked.
 */
public final class ByteSize {
    public static final long KIB = 1L << 10;
    public static final long MIB = 1L << 20;
    public static final long GIB = 1L << 30;
    public static final long TIB = 1L << 40;

    private ByteSize() {
    }

    /**
     * "900 KiB", "1.5 MiB", "12 MiB", "3.0 GiB", "120 GiB": the largest unit the size fills, one decimal
     * below ten of it (as {@code df -h} does). A non-zero size under a KiB rounds up, so it never reads 0.
     */
    public static String human(long bytes) {
        if (bytes < MIB) {
            return (bytes + KIB - 1) / KIB + " KiB";
        }
        long unit = bytes >= TIB ? TIB : bytes >= GIB ? GIB : MIB;
        String name = unit == TIB ? "TiB" : unit == GIB ? "GiB" : "MiB";
        double value = bytes / (double) unit;
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, name);
    }

    /** A rate as {@link #human} writes a size: "12 KiB/s", "1.5 MiB/s". */
    public static String rate(double bytesPerSecond) {
        return human((long) Math.ceil(bytesPerSecond)) + "/s";
    }

    /** In GiB, as a disk size is asked for: "20 GiB", "0.1 GiB", "12.3 GiB". */
    public static String gib(long bytes) {
        double gib = bytes / (double) GIB;
        return (gib == Math.rint(gib) ? String.valueOf((long) gib) : String.format(Locale.ROOT, "%.1f", gib)) + " GiB";
    }

    /** Nothing rounded, for a refusal that repeats a size: "1 GiB", "96 MiB", "1000000 bytes". */
    public static String exact(long bytes) {
        if (bytes != 0 && bytes % GIB == 0) {
            return bytes / GIB + " GiB";
        }
        if (bytes != 0 && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        return bytes + " bytes";
    }
}
