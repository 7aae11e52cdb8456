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
    void readsWhileAnotherProcessHoldsTheWriteLock() throws Exception {
        try (SummitStore store = SummitStore.open(location()).store()) {
            long id = store.history().recordStart("test:///somewhere.xml", "fuji", "clone", Instant.now().minusSeconds(5));
            store.history().recordEnd(id, OperationOutcome.CANCELLED, "Cancelled: no clone made.", Instant.now());
            store.history().recordStart("test:///somewhere.xml", "k2", "migrate", Instant.now());
        }
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + location().databaseFile());
             Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO operation_history (started_at, host_uri, guest_name, operation)"
                    + " VALUES (1, 'test:///x.xml', 'uncommitted', 'create')");

            SummitProcess.Result json = summit("tasks", "--json");

            assertThat(json.exit()).as(json.err()).isZero();
            assertThat(json.out()).contains("\"guest\": \"k2\"", "\"result\": \"running\"", "\"endedAt\": null",
                    "\"result\": \"cancelled\"", "\"message\": \"Cancelled: no clone made.\"").doesNotContain("uncommitted");
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void aLimitBelowOneIsBadUsage() throws Exception {
        SummitProcess.Result zero = summit("tasks", "--limit", "0");

        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).startsWith("--limit must be 1 or more, not 0.");
    }
}
