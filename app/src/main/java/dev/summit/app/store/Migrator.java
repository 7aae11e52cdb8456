package dev.summit.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database up to the latest schema, one step per transaction, and never down: a database
 * written by a newer Summit is refused so its data survives until that Summit comes back.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final List<MigrationStep> steps;

    Migrator(List<MigrationStep> steps) {
        this.steps = List.copyOf(steps);
    }

    int latestVersion() {
        return steps.size();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * Applies every step the database lacks.
     *
     * @return how many steps were applied
     * @throws SchemaTooNewException if the database is newer than {@link #latestVersion()}
     */
    int migrate(Connection connection) throws SQLException {
        int start = currentVersion(connection);
        refuseIfTooNew(start);
        int applied = 0;
        for (int target = start + 1; target <= latestVersion(); target++) {
            if (applyStep(connection, target)) {
                applied++;
            }
        }
        return applied;
    }

    /** @return false when another process had already applied this step */
    private boolean applyStep(Connection connection, int target) throws SQLException {
        MigrationStep step = steps.get(target - 1);
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                // Read again under the write lock: a second Summit started at the same moment may
                // have migrated between our first look and this transaction.
                int now = currentVersion(connection);
                refuseIfTooNew(now);
                if (now >= target) {
                    statement.execute("COMMIT");
                    return false;
                }
                step.action().apply(connection);
                // user_version lives in the database header, so it commits or rolls back with the
                // step: a crash mid-step leaves the old version and the old tables.
                statement.execute("PRAGMA user_version = " + target);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
        LOG.debug("Database schema moved to version {}: {}", target, step.description());
        return true;
    }

    private void refuseIfTooNew(int version) {
        if (version > latestVersion()) {
            throw new SchemaTooNewException(version, latestVersion());
        }
    }
}
