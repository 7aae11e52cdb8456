package dev.summit.connectors.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of a folder of backups: one sub-folder per backup, {@code GUEST-yyyyMMdd-HHmmss}, with
 * each disk as {@code TARGET.qcow2}, {@code definition.xml} and, once the job has finished,
 * {@code manifest.json}. While a job runs the sub-folder holds {@code unfinished.json} instead,
 * so a backup that was cancelled, failed or interrupted is never listed as complete.
 */
public final class BackupFolder {
    public static final String DEFINITION = "definition.xml";
    static final String UNFINISHED = "unfinished.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String PROBE = ".summit-write-probe";

    private BackupFolder() {
    }

    /** The finished backups in {@code dir} (or {@code dir} itself when it is one), oldest first. */
    public static List<StoredBackup> list(Path dir) {
        if (isBackup(dir)) {
            return List.of(read(dir));
        }
        List<StoredBackup> found = new ArrayList<>();
        for (Path sub : subfolders(dir)) {
            if (isBackup(sub)) {
                try {
                    found.add(read(sub));
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    // A folder with a damaged manifest is not a backup Summit can restore; skip it.
                }
            }
        }
        found.sort(Comparator.comparing((StoredBackup b) -> b.manifest().time()));
        return found;
    }

    /** Backup folders in {@code dir} whose job never finished. */
    public static List<UnfinishedBackup> unfinished(Path dir) {
        List<UnfinishedBackup> found = new ArrayList<>();
        for (Path sub : subfolders(dir)) {
            Path marker = sub.resolve(UNFINISHED);
            if (Files.isRegularFile(marker)) {
                String text = "";
                try {
                    text = Files.readString(marker);
                } catch (IOException e) {
                    // Unreadable: still an unfinished folder, reported without details.
                }
                found.add(unfinishedFrom(sub, text));
            }
        }
        return found;
    }

    /** An unfinished folder as its marker describes it; a marker cut off mid-write gives no details. */
    static UnfinishedBackup unfinishedFrom(Path sub, String marker) {
        try {
            if (SmallJson.parse(marker) instanceof Map<?, ?> json) {
                return new UnfinishedBackup(sub, (String) json.get("guest"), (String) json.get("uuid"),
                        (String) json.get("checkpoint"));
            }
        } catch (RuntimeException e) {
            // fall through: no details
        }
        return new UnfinishedBackup(sub, null, null, null);
    }

    public static boolean isBackup(Path dir) {
        return Files.isRegularFile(dir.resolve(BackupManifest.FILE)) && !Files.exists(dir.resolve(UNFINISHED));
    }

    public static StoredBackup read(Path backup) {
        try {
            return new StoredBackup(backup, BackupManifest.parse(Files.readString(backup.resolve(BackupManifest.FILE))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backups a restore of {@code backup} reads, the full one first; refused when a link is missing. */
    public static List<StoredBackup> chain(StoredBackup backup) {
        try {
            return new LocalBackupSource().chain(backup);
        } catch (org.libvirt.LibvirtException e) {
            throw new IllegalStateException("a folder of this machine is read without libvirt", e);
        }
    }

    /** The newest finished backup of a guest in {@code dir}, for an incremental backup to build on. */
    public static Optional<StoredBackup> newestOf(Path dir, String uuid) {
        List<StoredBackup> all = list(dir);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).manifest().uuid().equals(uuid)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with {@code dir} as a place to write a backup, or null when nothing is. Creates nothing that stays. */
    public static String writableProblem(Path dir) {
        if (!Files.exists(dir)) {
            return "The backup folder " + dir + " does not exist.";
        }
        if (!Files.isDirectory(dir)) {
            return dir + " is not a folder.";
        }
        String unreachable = unreachableByQemu(dir);
        if (unreachable != null) {
            return unreachable;
        }
        // Files.isWritable says yes to root on a read-only mount; only a real write tells.
        Path probe = dir.resolve(PROBE);
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
            return null;
        } catch (IOException e) {
            return "The backup folder " + dir + " is not writable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").";
        }
    }

    /**
     * QEMU on qemu:///system runs as its own user and opens each backup image by path: every folder
     * on the way must let others through (x), or the job fails with "Permission denied".
     */
    private static String unreachableByQemu(Path dir) {
        for (Path at = dir.toAbsolutePath(); at != null; at = at.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(at).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return "QEMU, which writes the backup as its own user, cannot enter " + at
                            + " (mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(at))
                            + "); let others pass through it (chmod o+x " + at + ") or pick another folder.";
                }
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** The new backup's own folder: QEMU passes through it, nobody else may list it. */
    static void createBackupFolder(Path backup) throws IOException {
        Files.createDirectory(backup);
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rwx--x--x"));
    }

    public static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A new backup's sub-folder name: the guest's name (letters, digits, '.', '_' and '-' only) and the UTC time. */
    static String folderName(String guest, Instant time) {
        return guest.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + STAMP.format(time);
    }

    /** {@code dir/name}, or {@code dir/name-2}, {@code -3}… when two backups start within the same second. */
    static Path freeFolder(Path dir, String name) {
        Path candidate = dir.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(name + "-" + n);
        }
        return candidate;
    }

    /** The checkpoint made with a backup: unique per guest, and marked as Summit's. */
    static String checkpointName(Instant time) {
        return "summit-" + STAMP.format(time) + "-" + String.format("%03d", time.getNano() / 1_000_000);
    }

    static void writeUnfinished(Path backup, String guest, String uuid, String checkpoint, BackupKind kind)
            throws IOException {
        Files.writeString(backup.resolve(UNFINISHED), unfinishedJson(guest, uuid, checkpoint, kind));
    }

    /** What {@code unfinished.json} holds: enough for the check to find the guest and its checkpoint. */
    static String unfinishedJson(String guest, String uuid, String checkpoint, BackupKind kind) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("guest", guest);
        json.put("uuid", uuid);
        json.put("checkpoint", checkpoint);
        json.put("kind", kind.word());
        json.put("started", Instant.now().toString());
        return SmallJson.write(json);
    }

    /** The last step of a backup: the manifest appears, then the marker goes. */
    static void finish(Path backup, BackupManifest manifest) throws IOException {
        Path temporary = backup.resolve(BackupManifest.FILE + ".part");
        Files.writeString(temporary, manifest.toJson());
        Files.move(temporary, backup.resolve(BackupManifest.FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.delete(backup.resolve(UNFINISHED));
    }

    /** Removes a backup folder and everything in it (a cancelled or failed job's leftovers). */
    public static void remove(Path backup) throws IOException {
        if (!Files.exists(backup)) {
            return;
        }
        try (var walk = Files.walk(backup)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static List<Path> subfolders(Path dir) {
        List<Path> subs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return subs;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, Files::isDirectory)) {
            stream.forEach(subs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the folder " + dir + ": " + e.getMessage(), e);
        }
        subs.sort(Comparator.naturalOrder());
        return subs;
    }
}
