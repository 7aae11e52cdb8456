package dev.summit.connectors.edit.change;

import java.util.Locale;

/** Where a new disk's data comes from. */
public sealed interface DiskSource {
    /** For the edit's description: "a new 10 GiB qcow2 volume data.qcow2 in pool default". */
    String describe();

    /**
     * A volume made for the disk (sparse), deleted again if the edit then fails.
     *
     * @param format qcow2 (made compat 1.1 with lazy refcounts) or raw
     */
    record NewVolume(String pool, String name, long sizeGiB, String format) implements DiskSource {
        public NewVolume {
            format = format == null ? "qcow2" : format.toLowerCase(Locale.ROOT);
        }

        @Override
        public String describe() {
            return "a new " + sizeGiB + " GiB " + format + " volume " + name + " in pool " + pool;
        }
    }

    /** A volume already in a pool. */
    record ExistingVolume(String pool, String volume) implements DiskSource {
        /** "POOL/VOL" as the user writes it. */
        public static ExistingVolume parse(String poolSlashVolume) {
            int slash = poolSlashVolume.indexOf('/');
            if (slash <= 0 || slash == poolSlashVolume.length() - 1) {
                throw new IllegalArgumentException("'" + poolSlashVolume + "' is not POOL/VOLUME");
            }
            return new ExistingVolume(poolSlashVolume.substring(0, slash), poolSlashVolume.substring(slash + 1));
        }

        @Override
        public String describe() {
            return "volume " + volume + " of pool " + pool;
        }
    }

    /** An image file (or block device) on the host, by absolute path. */
    record FilePath(String path) implements DiskSource {
        @Override
        public String describe() {
            return path;
        }
    }
}
