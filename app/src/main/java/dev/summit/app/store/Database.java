package dev.summit.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One JDBC connection shared by the repositories, guarded by a lock because a sqlite-jdbc
 * connection must not be used by two threads at once (the task runner and a view-model's
 * background task may both write).
 */
final class Database implements AutoCloseable {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    Database(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Runs statements that only read; each is its own implicit transaction. */
    <T> T read(String what, Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction, rolled back if it throws anything.
     *
     * <p>{@code BEGIN IMMEDIATE} takes the write lock up front: in WAL mode a deferred transaction
     * that reads first and then writes can fail with SQLITE_BUSY_SNAPSHOT without the busy timeout
     * ever waiting, whereas an immediate one waits its turn like any other writer.
     */
    <T> T write(String what, Work<T> work) {
        lock.lock();
        try {
            execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run(connection);
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    int schemaVersion() {
        return read("read the schema version", Migrator::currentVersion);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackAfter(Exception original) {
        try {
            execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL); keep the
            // first error, which is the one that explains what happened.
            original.addSuppressed(rollbackFailure);
        }
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }
}
