package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.OperationOutcome;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit tasks` over a real SQLite file that verbs (and another process holding the write lock) use. */
class TasksCommandTest {
    @TempDir
    Path home;

    private SummitProcess.Result summit(String... args) throws Exception {
        return new SummitProcess(home).run(args);
    }

    private static String host() throws Exception {
        return "test://" + Path.of(TasksCommandTest.class.getResource("/testdriver/ui-host.xml").toURI());
    }

    private StoreLocation location() {
        return new StoreLocation(home.resolve("data/summit"));
    }

    @Test
    void listsOperationsMostRecentFirstWithTheirResultAndError() throws Exception {
        assertThat(summit("suspend", "fuji", "--connect", host()).exit()).isZero();
        assertThat(summit("save", "ephemeral", "--connect", host()).exit()).isEqualTo(1);

        SummitProcess.Result json = summit("tasks", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out().indexOf("\"operation\": \"save\"")).isLessThan(json.out().indexOf("\"operation\": \"pause\""));
        assertThat(json.out()).contains("\"guest\": \"ephemeral\"", "\"result\": \"failed\"",
                "\"message\": \"Could not save 'ephemeral': cannot do managed save for transient domain.\"",
                "\"guest\": \"fuji\"", "\"result\": \"succeeded\"", "\"host\": \"" + host() + "\"", "\"durationMs\": ");

        SummitProcess.Result one = summit("tasks", "--limit", "1");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out().lines().toList()).hasSize(2);
        assertThat(one.out().lines().toList().get(0)).startsWith("STARTED").contains("RESULT", "MESSAGE");
        assertThat(one.out().lines().toList().get(1)).containsPattern("failed\\s+save\\s+ephemeral on test://")
                .endsWith("Could not save 'ephemeral': cannot do managed save for transient domain.");
    }

    @Test
    void readsWhileAnotherSummitKeepsWriting() throws Exception {
        try (SummitStore store = SummitStore.open(location()).store()) {
            long id = store.history().recordStart("test:///somewhere.xml", "fuji", "clone", Instant.now().minusSeconds(5));
            store.history().recordEnd(id, OperationOutcome.CANCELLED, "Cancelled: no clone made.", Instant.now());
            store.history().recordStart("test:///somewhere.xml", "k2", "migrate", Instant.now());
        }
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        // A window's writes: short transactions, one after another, each holding the write lock a while.
        Thread writer = new Thread(() -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location().databaseFile());
                 Statement statement = connection.createStatement()) {
                while (reading.get()) {
                    statement.execute("BEGIN IMMEDIATE");
                    statement.execute("INSERT INTO operation_history (started_at, host_uri, guest_name, operation)"
                            + " VALUES (1, 'test:///x.xml', 'other', 'create')");
                    Thread.sleep(300);
                    statement.execute("COMMIT");
                    written.incrementAndGet();
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "other-summit");
        writer.start();
        try {
            SummitProcess.Result json = summit("tasks", "--json", "--limit", "5");

            assertThat(json.exit()).as(json.err()).isZero();
            assertThat(json.err()).isEmpty();
            assertThat(json.out()).contains("\"guest\": \"k2\"", "\"result\": \"running\"", "\"endedAt\": null");
            SummitProcess.Result all = summit("tasks", "--json", "--limit", "1000");
            assertThat(all.out()).contains("\"result\": \"cancelled\"", "\"message\": \"Cancelled: no clone made.\"");
        } finally {
            reading.set(false);
            writer.join();
        }
        assertThat(written.get()).as("the other writer kept writing meanwhile").isGreaterThan(3);
    }

    @Test
    void aLimitBelowOneIsBadUsage() throws Exception {
        SummitProcess.Result zero = summit("tasks", "--limit", "0");

        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).startsWith("--limit must be 1 or more, not 0.");
    }
}
