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

    public static String percent(double value) {
        return String.format("%.0f %%", value);
    }
}
