package dev.summit.app.store;

import static dev.summit.app.store.BadDatabaseFilesTest.assertUnsavedBecause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.summit.app.store.StoreProblem.Kind;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database another program holds is reported and left exactly as it was. */
class LockedDatabaseTest {

    @TempDir
    Path dir;

    private StoreLocation location() {
        return new StoreLocation(dir.resolve("summit"));
    }

    private static OpenedStore openQuickly(StoreLocation location) {
        return new StoreOpener(Schema.migrator(), Clock.systemUTC(), Duration.ofMillis(200)).open(location);
    }

    /** The case users meet: a separate process, so POSIX locks behave as between two programs. */
    @Test
    void databaseLockedByAnotherProcessIsLeftAlone() throws Exception {
        StoreLocation location = savedOneConnection();
        byte[] before = Files.readAllBytes(location.databaseFile());
        Path ready = dir.resolve("holder-ready");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpathOf(LockHolder.class, org.sqlite.JDBC.class, org.slf4j.LoggerFactory.class),
                LockHolder.class.getName(), location.databaseFile().toString(), ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitReady(holder, ready);

            OpenedStore opened = openQuickly(location);

            assertUnsavedBecause(opened, Kind.LOCKED, location.databaseFile(), "locked by another program");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(Files.readAllBytes(location.databaseFile())).isEqualTo(before);
        assertStillHasTheConnection(location);
    }

    /** Same process, second connection: also proves the real entry point's busy timeout gives up. */
    @Test
    void databaseLockedByAnotherConnectionIsLeftAlone() throws Exception {
        StoreLocation location = savedOneConnection();
        byte[] before = Files.readAllBytes(location.databaseFile());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + location.databaseFile());
             Statement holder = other.createStatement()) {
            holder.execute("BEGIN EXCLUSIVE");

            OpenedStore opened = SummitStore.open(location);

            assertUnsavedBecause(opened, Kind.LOCKED, location.databaseFile(), "locked by another program");
            holder.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(location.databaseFile())).isEqualTo(before);
        assertStillHasTheConnection(location);
    }

    /** A database restored from a backup may still be in rollback-journal mode, where reads block too. */
    @Test
    void lockedDatabaseInRollbackJournalModeIsReportedToo() throws Exception {
        StoreLocation location = location();
        Files.createDirectories(location.directory());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + location.databaseFile());
             Statement holder = other.createStatement()) {
            holder.execute("CREATE TABLE from_a_backup (x)");
            holder.execute("BEGIN EXCLUSIVE");

            OpenedStore opened = openQuickly(location);

            assertUnsavedBecause(opened, Kind.LOCKED, location.databaseFile(), "locked by another program");
            holder.execute("ROLLBACK");
        }
    }

    private StoreLocation savedOneConnection() {
        StoreLocation location = location();
        try (SummitStore first = SummitStore.open(location).store()) {
            first.connections().add("Local", "qemu:///system", false);
        }
        return location;
    }

    private static void assertStillHasTheConnection(StoreLocation location) {
        OpenedStore again = SummitStore.open(location);
        try (SummitStore store = again.store()) {
            assertThat(again.problem()).isEmpty();
            assertThat(store.connections().list()).extracting(SavedConnection::uri).containsExactly("qemu:///system");
        }
    }

    private static void awaitReady(Process holder, Path ready) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(ready)) {
            if (!holder.isAlive()) {
                fail("The lock holder exited early with status " + holder.exitValue());
            }
            assertThat(Instant.now()).as("lock holder ready in time").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private static String classpathOf(Class<?>... classes) throws URISyntaxException {
        StringBuilder path = new StringBuilder();
        for (Class<?> type : classes) {
            if (path.length() > 0) {
                path.append(File.pathSeparatorChar);
            }
            path.append(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return path.toString();
    }
}
