package dev.summit.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

/**
 * Summit's own data: saved connections, preferences and the history of long operations. Never a
 * password, key or VNC secret; those live in ssh-agent, libvirt's auth callbacks, or nowhere.
 *
 * <p>Safe to share between threads; calls are serialised on one connection. Calls touch the disk,
 * so keep them off the FX thread.
 */
public final class SummitStore implements AutoCloseable {

    private final Database database;
    private final Path file;
    private final ConnectionRepository connections;
    private final PreferenceRepository preferences;
    private final OperationHistoryRepository history;
    private final TemplateIndexRepository templates;
    private final IsoFolderRepository isoFolders;

    SummitStore(Database database, Path file) {
        this.database = database;
        this.file = file;
        this.connections = new ConnectionRepository(database);
        this.preferences = new PreferenceRepository(database);
        this.history = new OperationHistoryRepository(database);
        this.templates = new TemplateIndexRepository(database);
        this.isoFolders = new IsoFolderRepository(database);
    }

    /**
     * Opens (creating if needed) the database at {@code location}. Never fails for a bad file: if
     * the file is damaged it is moved aside and a fresh one started; if it cannot be used at all
     * the store works in memory for this run. Either way the result carries the problem to show.
     *
     * @throws StoreException only if not even an in-memory database can be made (SQLite missing)
     */
    public static OpenedStore open(StoreLocation location) {
        return new StoreOpener(Schema.migrator(), Clock.systemUTC(), StoreOpener.DEFAULT_BUSY_TIMEOUT)
                .open(location);
    }

    /** A store that forgets everything when closed: the fallback, and handy for view-model tests. */
    public static SummitStore inMemory() {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
            Schema.migrator().migrate(connection);
            return new SummitStore(new Database(connection), null);
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw new StoreException("Could not create an in-memory database: " + e.getMessage(), e);
        }
    }

    public ConnectionRepository connections() {
        return connections;
    }

    public PreferenceRepository preferences() {
        return preferences;
    }

    public OperationHistoryRepository history() {
        return history;
    }

    public TemplateIndexRepository templates() {
        return templates;
    }

    public IsoFolderRepository isoFolders() {
        return isoFolders;
    }

    /** False when this run works in memory and nothing will be kept after Summit quits. */
    public boolean persistent() {
        return file != null;
    }

    /** The database file, absent for an in-memory store. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The schema version recorded in the database ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return database.schemaVersion();
    }

    /** The newest schema version this build knows; an opened store is always at it. */
    public static int latestSchemaVersion() {
        return Schema.latestVersion();
    }

    /** For tests in this package that check pragmas the public API does not expose. */
    Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }

    private static void closeAfterFailure(Connection connection, SQLException cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
