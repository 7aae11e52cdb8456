package dev.summit.connectors.storage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which pools may receive a new guest disk. Summit makes pools for the folders ISOs come from; a
 * guest's disk must never be written there, nor into a system directory a package owns
 * (/usr/lib/grub-rescue held the rescue ISO on the machine this was found on).
 */
public final class NewDiskPools {
    private static final List<String> SYSTEM_PREFIXES = List.of("/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc",
            "/boot", "/proc", "/sys", "/dev", "/run", "/snap");

    private NewDiskPools() {
    }

    /**
     * Why a new disk must never be written into this pool (a system directory), or empty. Refused
     * even when asked for by name.
     */
    public static Optional<String> forbidden(PoolSummary pool) {
        String path = pool.targetPath();
        if ("dir".equals(pool.type()) && path != null && isSystemDirectory(path)) {
            return Optional.of("pool '" + pool.name() + "' is the system directory " + path);
        }
        return Optional.empty();
    }

    /**
     * Why this pool is not proposed for a new disk, or empty when it may be: a system directory, or
     * a pool of install media only (the pool a tool made for an ISO's folder). A user may still
     * choose the latter by name, and "default" is always proposed: an ISO uploaded there comes first.
     */
    public static Optional<String> unsuitable(PoolSummary pool, List<VolumeSummary> volumes) {
        Optional<String> forbidden = forbidden(pool);
        if (forbidden.isPresent()) {
            return forbidden;
        }
        if (!DefaultPool.NAME.equals(pool.name()) && !volumes.isEmpty()
                && volumes.stream().allMatch(NewDiskPools::isInstallMedia)) {
            return Optional.of("pool '" + pool.name() + "' holds only install media");
        }
        return Optional.empty();
    }

    static boolean isSystemDirectory(String path) {
        String clean = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (clean.equals("/")) {
            return true;
        }
        return SYSTEM_PREFIXES.stream().anyMatch(p -> clean.equals(p) || clean.startsWith(p + "/"))
                && !clean.startsWith("/usr/local/");
    }

    private static boolean isInstallMedia(VolumeSummary volume) {
        String name = volume.name().toLowerCase(Locale.ROOT);
        return name.endsWith(".iso") || "iso".equals(volume.format());
    }
}
