package dev.summit.connectors.edit.change;

/** Sizes in the words of the refusals: "1 GiB", "96 MiB", "1000000 bytes". */
final class Sizes {
    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;

    private Sizes() {
    }

    static String of(long bytes) {
        if (bytes != 0 && bytes % GIB == 0) {
            return bytes / GIB + " GiB";
        }
        if (bytes != 0 && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        return bytes + " bytes";
    }
}
