package dev.summit.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Started in its own JVM by {@link LockedDatabaseTest} to play "another program": it holds an
 * exclusive transaction on the database until its standard input closes. Signals readiness by
 * creating a marker file rather than printing, so the test needs no output parsing.
 */
final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        Path ready = Path.of(args[1]);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            Files.createFile(ready);
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin
            }
            statement.execute("ROLLBACK");
        }
    }
}
