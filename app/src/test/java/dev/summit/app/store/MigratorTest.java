package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

    @TempDir
    Path dir;

    @Test
    void realSchemaReachesLatestVersionWithAllTables() throws SQLException {
        try (Connection c = open()) {
            int applied = Schema.migrator().migrate(c);

            assertThat(applied).isEqualTo(Schema.latestVersion());
            assertThat(Migrator.currentVersion(c)).isEqualTo(Schema.latestVersion());
            assertThat(tables(c)).contains("connections", "preferences", "operation_history");
            assertThat(Schema.migrator().migrate(c)).as("second run has nothing to do").isZero();
        }
    }

    @Test
    void stepsRunInOrderFromTheCurrentVersion() throws SQLException {
        List<String> ran = new ArrayList<>();
        Migrator migrator = new Migrator(List.of(step("one", ran), step("two", ran), step("three", ran)));
        try (Connection c = open()) {
            exec(c, "PRAGMA user_version = 1");

            migrator.migrate(c);

            assertThat(ran).containsExactly("two", "three");
            assertThat(Migrator.currentVersion(c)).isEqualTo(3);
        }
    }

    @Test
    void failingStepRollsBackAndKeepsTheVersionBeforeIt() throws SQLException {
        Migrator migrator = new Migrator(List.of(
                MigrationStep.ofSql("good", "CREATE TABLE first (x)"),
                MigrationStep.ofSql("bad", "CREATE TABLE second (x)", "THIS IS NOT SQL")));
        try (Connection c = open()) {
            assertThatThrownBy(() -> migrator.migrate(c)).isInstanceOf(SQLException.class);

            assertThat(Migrator.currentVersion(c)).isEqualTo(1);
            assertThat(tables(c)).contains("first").doesNotContain("second");
        }
    }

    @Test
    void newerDatabaseIsRefusedAndNotDowngraded() throws SQLException {
        try (Connection c = open()) {
            exec(c, "PRAGMA user_version = " + (Schema.latestVersion() + 5));

            assertThatThrownBy(() -> Schema.migrator().migrate(c))
                    .isInstanceOf(SchemaTooNewException.class)
                    .hasMessageContaining("will not be downgraded");
            assertThat(Migrator.currentVersion(c)).isEqualTo(Schema.latestVersion() + 5);
            assertThat(tables(c)).doesNotContain("connections");
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"));
    }

    private static MigrationStep step(String name, List<String> ran) {
        return new MigrationStep(name, c -> ran.add(name));
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
