package dev.summit.app.store;

import dev.summit.app.store.StoreProblem.Kind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the user's database, and when that fails decides what Summit can still do: a damaged file
 * is moved aside and replaced; a file we cannot read, that is locked, or that a newer Summit wrote
 * is left exactly as it is while this run works in memory. Summit always starts.
 */
final class StoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);

    /** Long enough to ride out another Summit's short write, short enough not to stall startup. */
    static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofMillis(2000);

    private final Migrator migrator;
    private final Clock clock;
    private final Duration busyTimeout;

    StoreOpener(Migrator migrator, Clock clock, Duration busyTimeout) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.busyTimeout = Objects.requireNonNull(busyTimeout, "busyTimeout");
    }

    OpenedStore open(StoreLocation location) {
        Path file = location.databaseFile();
        try {
            StoreFiles.prepare(location);
        } catch (IOException e) {
            return inMemoryBecause(new StoreProblem(Kind.UNREADABLE, file, ProblemMessages.unreadable(file, reason(e))));
        }
        try {
            return new OpenedStore(openFile(location), Optional.empty());
        } catch (OpenFailure failure) {
            return failure.kind() == Kind.CORRUPT
                    ? replaceDamaged(location, failure)
                    : inMemoryBecause(failure.toProblem(file));
        }
    }

    private OpenedStore replaceDamaged(StoreLocation location, OpenFailure damage) {
        Path file = location.databaseFile();
        LOG.warn("{} is damaged: {}", file, damage.reason());
        Path movedTo;
        try {
            movedTo = StoreFiles.moveAside(location, clock.instant());
        } catch (IOException e) {
            return inMemoryBecause(new StoreProblem(Kind.CORRUPT, file, ProblemMessages.damagedNotMoved(file, reason(e))));
        }
        LOG.warn("Moved damaged {} to {}", file, movedTo);
        try {
            StoreFiles.prepare(location);
            SummitStore fresh = openFile(location);
            return new OpenedStore(fresh,
                    Optional.of(new StoreProblem(Kind.CORRUPT, file, ProblemMessages.damagedAndMoved(file, movedTo))));
        } catch (IOException e) {
            return inMemoryBecause(new StoreProblem(Kind.UNREADABLE, file, ProblemMessages.unreadable(file, reason(e))));
        } catch (OpenFailure again) {
            return inMemoryBecause(again.toProblem(file));
        }
    }

    private static OpenedStore inMemoryBecause(StoreProblem problem) {
        LOG.warn("{}", problem.message());
        return new OpenedStore(SummitStore.inMemory(), Optional.of(problem));
    }

    /**
     * The order matters: nothing is written before the schema version has been read and found to
     * be one we know, so a newer Summit's database is never changed, not even its journal mode.
     */
    private SummitStore openFile(StoreLocation location) throws OpenFailure {
        Path file = location.databaseFile();
        checkHeader(file);
        Connection connection = null;
        boolean opened = false;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            execute(connection, "PRAGMA busy_timeout = " + busyTimeout.toMillis());
            // The first real read: "not a database", "cannot open" and a foreign lock show here.
            int found = Migrator.currentVersion(connection);
            if (found > migrator.latestVersion()) {
                throw OpenFailure.tooNew(found, migrator.latestVersion());
            }
            checkIntegrity(connection);
            enableWal(connection, file);
            execute(connection, "PRAGMA foreign_keys = ON");
            int applied = migrator.migrate(connection);
            confirmWritable(connection);
            StoreFiles.restrictDatabaseFiles(location);
            SummitStore store = new SummitStore(new Database(connection), file);
            opened = true;
            LOG.info("Opened {} at schema version {} ({} migration steps applied)", file,
                    migrator.latestVersion(), applied);
            return store;
        } catch (SchemaTooNewException e) {
            throw OpenFailure.tooNew(e.found(), e.known());
        } catch (SQLException e) {
            throw new OpenFailure(classify(e), reason(e));
        } finally {
            if (!opened) {
                closeQuietly(connection);
            }
        }
    }

    /** Catches what it can before SQLite touches the file or its companions; see DatabaseHeader. */
    private void checkHeader(Path file) throws OpenFailure {
        DatabaseHeader.Reading header;
        try {
            header = DatabaseHeader.read(file);
        } catch (IOException e) {
            throw new OpenFailure(Kind.UNREADABLE, reason(e));
        }
        if (header.verdict() == DatabaseHeader.Verdict.NOT_A_DATABASE) {
            throw new OpenFailure(Kind.CORRUPT, "not an SQLite database");
        }
        if (header.verdict() == DatabaseHeader.Verdict.DATABASE && header.userVersion() > migrator.latestVersion()) {
            throw OpenFailure.tooNew(header.userVersion(), migrator.latestVersion());
        }
    }

    /**
     * A file can have a valid header and damaged pages; without this check the damage would only
     * show mid-session, after the user made changes that then cannot be saved. Summit's database
     * is small, so reading it all once at startup is cheap.
     */
    private static void checkIntegrity(Connection connection) throws SQLException, OpenFailure {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = rows.next() ? rows.getString(1) : "ok";
            if (!"ok".equals(verdict)) {
                throw new OpenFailure(Kind.CORRUPT, verdict);
            }
        }
    }

    private static void enableWal(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rows.next() ? rows.getString(1) : "unknown";
            if (!"wal".equalsIgnoreCase(mode)) {
                // e.g. a network file system without shared memory: still correct, only slower.
                LOG.warn("{} stays in {} journal mode; SQLite could not switch it to WAL", file, mode);
            }
        }
    }

    /**
     * In WAL mode readers never wait, so a database another process holds with BEGIN EXCLUSIVE
     * opens and reads fine and would only fail at the first save. Taking the write lock once here
     * turns that into a problem we can report at startup.
     */
    private static void confirmWritable(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        execute(connection, "ROLLBACK");
    }

    static Kind classify(SQLException e) {
        // Extended result codes keep the primary code in the low byte.
        int primary = e.getErrorCode() & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Kind.LOCKED;
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Kind.CORRUPT;
        }
        // CANTOPEN, PERM, READONLY, IOERR, FULL...: the file is not ours to fix, so leave it.
        return Kind.UNREADABLE;
    }

    /** A few words for the user, without SQLite's bracketed code names. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof SQLiteException sqlite && sqlite.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            String message = sqlite.getResultCode().message;
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a database that failed to open also failed", e);
        }
    }
}
