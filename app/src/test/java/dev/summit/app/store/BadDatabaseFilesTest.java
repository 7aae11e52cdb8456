package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.StoreProblem.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summit must start whatever is on disk, say what happened, and never lose the user's file. */
class BadDatabaseFilesTest {

    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private StoreLocation location() {
        return new StoreLocation(dir.resolve("summit"));
    }

    private static OpenedStore open(StoreLocation location) {
        return new StoreOpener(Schema.migrator(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(200))
                .open(location);
    }

    @Test
    void garbageFileIsKeptAsideByteForByteAndAFreshDatabaseStarts() throws IOException {
        StoreLocation location = location();
        Files.createDirectories(location.directory());
        byte[] garbage = garbage(8192);
        byte[] staleWal = garbage(1000);
        byte[] staleJournal = garbage(600);
        Files.write(location.databaseFile(), garbage);
        Files.write(location.walFile(), staleWal);
        Files.write(location.journalFile(), staleJournal);

        OpenedStore opened = open(location);

        Path aside = location.directory().resolve("summit.db.broken-20240102-030405");
        assertThat(opened.problem()).hasValueSatisfying(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.CORRUPT);
            assertThat(problem.file()).isEqualTo(location.databaseFile());
            assertThat(problem.message()).contains(location.databaseFile().toString(), aside.toString());
        });
        assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        assertThat(Files.readAllBytes(Path.of(aside + "-wal"))).isEqualTo(staleWal);
        // A stale journal left beside the fresh database would be rolled into it.
        assertThat(Files.readAllBytes(Path.of(aside + "-journal"))).isEqualTo(staleJournal);
        assertThat(location.journalFile()).doesNotExist();
        try (SummitStore store = opened.store()) {
            assertThat(store.persistent()).isTrue();
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(store.connections().list()).isEmpty();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(location.databaseFile())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void damagedPagesBehindAValidHeaderAreCaughtAtStartup() throws Exception {
        StoreLocation location = location();
        try (SummitStore store = SummitStore.open(location).store()) {
            for (int i = 0; i < 200; i++) {
                store.connections().add("Host " + i, "qemu+ssh://root@host" + i + "/system", false);
            }
        }
        byte[] bytes = Files.readAllBytes(location.databaseFile());
        byte[] noise = garbage(bytes.length - 4096);
        System.arraycopy(noise, 0, bytes, 4096, noise.length); // keep page 1, the header, intact
        Files.write(location.databaseFile(), bytes);

        OpenedStore opened = open(location);

        assertThat(opened.problem()).map(StoreProblem::kind).contains(Kind.CORRUPT);
        assertThat(Files.readAllBytes(location.directory().resolve("summit.db.broken-20240102-030405")))
                .isEqualTo(bytes);
        opened.store().close();
    }

    @Test
    void aSecondBreakageInTheSameSecondDoesNotOverwriteTheFirstKeptFile() throws IOException {
        StoreLocation location = location();
        Files.createDirectories(location.directory());
        Path earlier = location.directory().resolve("summit.db.broken-20240102-030405");
        Files.writeString(earlier, "kept from before");
        Files.write(location.databaseFile(), garbage(4096));

        OpenedStore opened = open(location);

        assertThat(Files.readString(earlier)).isEqualTo("kept from before");
        assertThat(location.directory().resolve("summit.db.broken-20240102-030405-2")).exists();
        assertThat(opened.problem()).map(StoreProblem::message).get().asString().contains("broken-20240102-030405-2");
        opened.store().close();
    }

    /**
     * Tests run as root, where mode 000 does not stop reads, so the database path is made a folder:
     * SQLite then fails to open it for real (SQLITE_CANTOPEN), the same way a permission error does.
     */
    @Test
    void unopenableFileIsLeftAloneAndTheRunWorksInMemory() throws IOException {
        StoreLocation location = location();
        Files.createDirectories(location.databaseFile());
        Files.writeString(location.databaseFile().resolve("keep.txt"), "mine");

        OpenedStore opened = open(location);

        assertUnsavedBecause(opened, Kind.UNREADABLE, location.databaseFile(), "cannot open");
        assertThat(Files.readString(location.databaseFile().resolve("keep.txt"))).isEqualTo("mine");
        assertThat(location.directory()).isDirectoryNotContaining("glob:**broken*");
    }

    /**
     * The real-world case. Root reads mode-000 files anyway, so as root (CI) the store is opened in a
     * child JVM without root's read-any-file capabilities, where mode 000 stops reads as for anyone.
     */
    @Test
    void fileWithoutReadPermissionIsLeftAlone() throws Exception {
        StoreLocation location = location();
        SummitStore.open(location).store().close();
        byte[] before = Files.readAllBytes(location.databaseFile());
        Files.setPosixFilePermissions(location.databaseFile(), PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(location.databaseFile())) {
                OpenStoreWithoutRootsReadRights.Outcome outcome = OpenStoreWithoutRootsReadRights.open(location.directory());
                assertThat(outcome.kind()).isEqualTo(Kind.UNREADABLE.name());
                assertThat(outcome.message()).contains(location.databaseFile().toString(), "cannot open", "will not be saved");
                assertThat(outcome.persistent()).isFalse();
            } else {
                assertUnsavedBecause(open(location), Kind.UNREADABLE, location.databaseFile(), "cannot open");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(location.databaseFile())))
                    .isEqualTo("---------");
        } finally {
            Files.setPosixFilePermissions(location.databaseFile(), PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(Files.readAllBytes(location.databaseFile())).isEqualTo(before);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsLeftAlone() throws IOException {
        StoreLocation location = location();
        Files.writeString(location.directory(), "not a folder");

        OpenedStore opened = open(location);

        assertUnsavedBecause(opened, Kind.UNREADABLE, location.databaseFile(), "cannot open");
        assertThat(Files.readString(location.directory())).isEqualTo("not a folder");
    }

    @Test
    void databaseFromANewerSummitIsNeitherDowngradedNorTouched() throws Exception {
        StoreLocation location = location();
        Files.createDirectories(location.directory());
        int newer = Schema.latestVersion() + 1;
        try (Connection future = DriverManager.getConnection("jdbc:sqlite:" + location.databaseFile());
             Statement s = future.createStatement()) {
            s.execute("CREATE TABLE connections (id INTEGER PRIMARY KEY, future_column TEXT)");
            s.execute("PRAGMA user_version = " + newer);
        }
        byte[] before = Files.readAllBytes(location.databaseFile());

        OpenedStore opened = open(location);

        assertUnsavedBecause(opened, Kind.TOO_NEW, location.databaseFile(), "newer Summit");
        assertThat(opened.problem().get().message()).contains("schema version " + newer);
        assertThat(Files.readAllBytes(location.databaseFile())).isEqualTo(before);
        assertThat(location.walFile()).doesNotExist();
    }

    /** The fallback store must work, and the message must say changes are not kept. */
    static void assertUnsavedBecause(OpenedStore opened, Kind kind, Path file, String words) {
        assertThat(opened.problem()).hasValueSatisfying(problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.message()).contains(file.toString(), words, "will not be saved");
        });
        try (SummitStore store = opened.store()) {
            assertThat(store.persistent()).isFalse();
            store.connections().add("Local", "qemu:///system", true);
            assertThat(store.connections().list()).hasSize(1);
        }
    }

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
