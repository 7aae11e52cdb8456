package dev.summit.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * One move of the schema from version N-1 to N. Its version is its place in {@link Schema#steps()},
 * so two steps can never claim the same number.
 *
 * @param description what the step changes, for the log
 * @param action      the change; runs inside the transaction that also bumps user_version
 */
record MigrationStep(String description, Action action) {

    @FunctionalInterface
    interface Action {
        void apply(Connection connection) throws SQLException;
    }

    MigrationStep {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
    }

    /** A step that is only DDL/DML statements, the usual case. */
    static MigrationStep ofSql(String description, String... statements) {
        List<String> all = List.of(statements);
        return new MigrationStep(description, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : all) {
                    statement.execute(sql);
                }
            }
        });
    }
}
