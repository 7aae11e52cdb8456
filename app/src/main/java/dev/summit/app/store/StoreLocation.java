package dev.summit.app.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where Summit keeps its database: {@code $XDG_DATA_HOME/summit/summit.db}, or
 * {@code ~/.local/share/summit/summit.db} when that variable is unset.
 *
 * <p>The environment and home directory are parameters rather than read here so that tests (and a
 * future {@code --data-dir} option) can point the store anywhere without touching global state.
 *
 * @param directory the folder that holds the database and its -wal/-shm companions
 */
public record StoreLocation(Path directory) {

    /** The database file's name inside {@link #directory()}. */
    public static final String FILE_NAME = "summit.db";

    public StoreLocation {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
    }

    /**
     * Follows the XDG Base Directory rules: an unset, empty or relative {@code XDG_DATA_HOME} is
     * ignored (the spec says relative values are invalid), and the default is
     * {@code $HOME/.local/share}.
     */
    public static StoreLocation fromEnvironment(Map<String, String> environment, String userHome) {
        Objects.requireNonNull(environment, "environment");
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new StoreLocation(Path.of(xdg, "summit"));
        }
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalStateException("Neither XDG_DATA_HOME nor the user's home folder is known,"
                    + " so Summit cannot tell where to keep its database.");
        }
        return new StoreLocation(Path.of(userHome, ".local", "share", "summit"));
    }

    /** The location for the user running this process. */
    public static StoreLocation forCurrentUser() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }

    public Path databaseFile() {
        return directory.resolve(FILE_NAME);
    }

    /** SQLite names its write-ahead log by appending to the database's name. */
    public Path walFile() {
        return directory.resolve(FILE_NAME + "-wal");
    }

    /** SQLite names its shared-memory index by appending to the database's name. */
    public Path shmFile() {
        return directory.resolve(FILE_NAME + "-shm");
    }

    /** The rollback journal, present only for a database not (yet) in WAL mode, e.g. a restored one. */
    public Path journalFile() {
        return directory.resolve(FILE_NAME + "-journal");
    }
}
