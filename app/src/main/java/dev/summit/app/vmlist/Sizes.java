package dev.summit.app.vmlist;

/** Human sizes and rates for the list ("1.5 GiB", "12 %"). */
public final class Sizes {
    private Sizes() {
    }

    public static String kib(long kib) {
        if (kib <= 0) {
            return "";
        }
        double mib = kib / 1024.0;
        return mib >= 1024 ? String.format("%.1f GiB", mib / 1024) : String.format("%.0f MiB", mib);
    }

    /** A size in bytes as {@link #kib} writes it: volumes, pools, templates' disks. */
    public static String bytes(long bytes) {
        return kib(bytes / 1024);
    }

    /** "" for an idle guest, so quiet rows stay quiet. */
    public static String rate(double bytesPerSec) {
        if (bytesPerSec < 1) {
            return "";
        }
        if (bytesPerSec < 1024 * 1024) {
            return String.format("%.0f KiB/s", Math.max(1, bytesPerSec / 1024));
        }
        return String.format("%.1f MiB/s", bytesPerSec / (1024 * 1024));
    }

    public static String percent(double value) {
        return String.format("%.0f %%", value);
    }
}
