package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.app.store.DatabaseHeader.Reading;
import dev.summit.app.store.DatabaseHeader.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseHeaderTest {

    @TempDir
    Path dir;

    @Test
    void missingOrEmptyFileIsEmpty() throws IOException {
        Path file = dir.resolve("summit.db");
        assertThat(DatabaseHeader.read(file).verdict()).isEqualTo(Verdict.EMPTY);

        Files.createFile(file);

        assertThat(DatabaseHeader.read(file).verdict()).isEqualTo(Verdict.EMPTY);
    }

    @Test
    void textAndTruncatedHeadersAreNotDatabases() throws IOException {
        Path text = Files.writeString(dir.resolve("text.db"), "hello, this is a text file and not SQLite at all ".repeat(4));
        Path truncated = Files.writeString(dir.resolve("short.db"), "SQLite format 3\0");

        assertThat(DatabaseHeader.read(text).verdict()).isEqualTo(Verdict.NOT_A_DATABASE);
        assertThat(DatabaseHeader.read(truncated).verdict()).isEqualTo(Verdict.NOT_A_DATABASE);
    }

    @Test
    void readsTheSchemaVersionSqliteWrote() throws Exception {
        Path file = dir.resolve("real.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("PRAGMA user_version = 258");
        }

        assertThat(DatabaseHeader.read(file)).isEqualTo(new Reading(Verdict.DATABASE, 258));
    }

    @Test
    void aFolderCannotBeRead() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("summit.db"));

        assertThatThrownBy(() -> DatabaseHeader.read(folder)).isInstanceOf(IOException.class);
    }

    /** Reading would drop the open connection's POSIX locks when our descriptor closes. */
    @Test
    void fileOpenBySqliteInThisProcessIsNotRead() throws Exception {
        Path file = dir.resolve("busy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");

            assertThat(DatabaseHeader.openInThisProcess(file)).isTrue();
            assertThat(DatabaseHeader.read(file).verdict()).isEqualTo(Verdict.UNCHECKED);
        }
        assertThat(DatabaseHeader.openInThisProcess(file)).isFalse();
        assertThat(DatabaseHeader.read(file).verdict()).isEqualTo(Verdict.DATABASE);
    }
}
