package dev.summit.app.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file-system side of the store: private permissions, and moving a broken database aside
 * without ever overwriting anything.
 */
final class StoreFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = Set.copyOf(PosixFilePermissions.fromString("rwx------"));
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    /** What SQLite appends to the database's name for its -wal, -shm and rollback journal. */
    private static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-shm", "-journal");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreFiles() {
    }

    /**
     * Creates the folder (0700) and, if there is no database yet, an empty database file (0600).
     *
     * <p>The empty file is created with its final mode so that no byte of user data is ever
     * readable by others, not even between SQLite creating the file and a later chmod. SQLite
     * then gives the -wal and -shm files the main file's mode. An existing file is not touched
     * here: it may be unreadable, locked or from a newer Summit, and must stay as it is.
     */
    static void prepare(StoreLocation location) throws IOException {
        Path directory = location.directory();
        if (!Files.isDirectory(directory)) {
            Path parent = directory.getParent();
            if (parent != null) {
                // Parents such as ~/.local/share are shared with other programs: default mode.
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                // The umask may have removed bits we need (0277 would leave r-x): set what we mean.
                setExactly(directory, OWNER_ONLY_DIRECTORY);
            } catch (FileAlreadyExistsException raced) {
                // Another Summit created it first, or it is a file; opening will tell.
            }
        }
        if (Files.isDirectory(directory)) {
            restrict(directory, OWNER_ONLY_DIRECTORY);
        }
        Path database = location.databaseFile();
        if (!Files.exists(database, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(database, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
                setExactly(database, OWNER_ONLY_FILE);
            } catch (FileAlreadyExistsException raced) {
                // Another Summit created it between our check and now; use theirs.
            }
        }
    }

    /**
     * Takes group and other access away from the database and its companions once they are known
     * to be healthy, covering files an older build or a restore from backup left readable by others.
     */
    static void restrictDatabaseFiles(StoreLocation location) {
        for (Path file : companionsAndDatabase(location)) {
            if (Files.exists(file)) {
                restrict(file, OWNER_ONLY_FILE);
            }
        }
    }

    /**
     * Renames the database and its -wal/-shm to {@code summit.db.broken-<UTC time>} (plus the same
     * suffixes, so SQLite finds the old log if someone opens the kept file to recover it).
     * Never replaces an existing file: a second failure in the same second gets "-2", "-3"...
     *
     * @return where the database file went
     * @throws IOException if anything could not be moved; the caller must then not start a fresh
     *                     database, because a stale -wal left behind would be replayed into it
     */
    static Path moveAside(StoreLocation location, Instant now) throws IOException {
        Path database = location.databaseFile();
        String base = database.getFileName() + ".broken-" + STAMP.format(now);
        Path aside = database.resolveSibling(base);
        for (int n = 2; anyExists(aside); n++) {
            aside = database.resolveSibling(base + "-" + n);
        }
        // No ATOMIC_MOVE: on Linux it would silently replace an existing target. The journal
        // moves too: SQLite would otherwise roll a stale hot journal into the fresh database.
        Files.move(database, aside);
        for (String suffix : COMPANION_SUFFIXES) {
            moveIfPresent(Path.of(database + suffix), Path.of(aside + suffix));
        }
        return aside;
    }

    private static List<Path> companionsAndDatabase(StoreLocation location) {
        return List.of(location.databaseFile(), location.walFile(), location.shmFile(), location.journalFile());
    }

    private static boolean anyExists(Path aside) {
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        for (String suffix : COMPANION_SUFFIXES) {
            if (Files.exists(Path.of(aside + suffix), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** For what we have just created ourselves, where no user choice can be overridden. */
    private static void setExactly(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            LOG.warn("Cannot set owner-only permissions on {}: the file system has no POSIX modes", path);
        }
    }

    private static void moveIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(from, to);
        }
    }

    /**
     * Removes bits outside {@code allowed} and never adds any: if the user took our own access
     * away (mode 000), giving it back is not ours to decide; opening then reports the file.
     * Best effort: a file system without POSIX modes, or a file we don't own, is logged, not fatal.
     */
    private static void restrict(Path path, Set<PosixFilePermission> allowed) {
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
            Set<PosixFilePermission> narrowed = EnumSet.noneOf(PosixFilePermission.class);
            narrowed.addAll(current);
            narrowed.retainAll(allowed);
            if (!narrowed.equals(current)) {
                Files.setPosixFilePermissions(path, narrowed);
                LOG.info("Restricted {} from {} to {}", path, PosixFilePermissions.toString(current),
                        PosixFilePermissions.toString(narrowed));
            }
        } catch (UnsupportedOperationException e) {
            LOG.warn("Cannot set owner-only permissions on {}: the file system has no POSIX modes", path);
        } catch (IOException e) {
            LOG.warn("Cannot set owner-only permissions on {}: {}", path, e.toString());
        }
    }
}
