package dev.summit.app.vmlist;

import dev.summit.connectors.units.ByteSize;
import java.util.Locale;

/** The list's cells: sizes and rates as {@link ByteSize} writes them, blank where there is nothing to say. */
public final class Sizes {
    private Sizes() {
    }

    /** "" for a guest with no memory figure, so a shut-off row stays quiet. */
    public static String kib(long kib) {
        return kib <= 0 ? "" : ByteSize.human(kib * ByteSize.KIB);
    }

    /** "" for an idle guest, so quiet rows stay quiet. */
    public static String rate(double bytesPerSec) {
        return bytesPerSec < 1 ? "" : ByteSize.rate(bytesPerSec);
    }

    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }
}
