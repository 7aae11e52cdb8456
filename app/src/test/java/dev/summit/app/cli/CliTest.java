package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.OperationOutcome;
import dev.summit.app.store.OperationRecord;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.testing.SilentHost;
import dev.summit.connectors.testing.TestDriverHosts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit <verb>` as a script runs it: a separate process, its output and its exit code. */
class CliTest {
    @TempDir
    Path home;

    private SummitProcess.Result summit(String... args) throws IOException, InterruptedException {
        return new SummitProcess(home).run(args);
    }

    private static String host() {
        return TestDriverHosts.uri("ui-host.xml");
    }

    @Test
    void listPrintsEveryGuestAsJson() throws Exception {
        SummitProcess.Result result = summit("list", "--connect", host(), "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"name\": \"fuji\"", "\"name\": \"k2\", \"uuid\": \"7b3c0de0-0000-4000-8000-000000000003\","
                + " \"state\": \"paused\"", "\"memoryMiB\": 512");
        assertThat(result.out().lines().filter(l -> l.contains("\"name\"")).count()).isEqualTo(6);
    }

    @Test
    void aHostThatNeverAnswersFailsTheVerbWithinFifteenSecondsSayingSo() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            long started = System.nanoTime();
            SummitProcess.Result result = summit("list", "--connect", silent.uri());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("summit: cannot connect to " + silent.uri()
                    + ": not answering (no reply in 15 s)");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(20));
        }
    }

    @Test
    void aVerbChangesTheGuestAndSaysItsNewState() throws Exception {
        SummitProcess.Result result = summit("suspend", "fuji", "--connect", host());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("fuji: paused\n");
    }

    @Test
    void aTemplateAndASavedGuestAreWordedAsTheWindowWordsThem() throws Exception {
        String templates = "test://" + Path.of(CliTest.class.getResource("/testdriver/templates-host.xml").toURI());

        SummitProcess.Result list = summit("list", "--connect", templates);
        SummitProcess.Result saved = summit("save", "lhotse", "--connect", templates);
        SummitProcess.Result started = summit("start", "everest-tpl", "--connect", templates);

        assertThat(list.out()).containsPattern("everest-tpl\\s+template\\s+1");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).isEqualTo("lhotse: shut off (saved)\n");
        assertThat(started.exit()).isEqualTo(1);
        assertThat(started.err()).contains("'everest-tpl' is a template, which never runs");
    }

    @Test
    void aRefusedVerbExitsNonZeroWithLibvirtsReasonOnOneLine() throws Exception {
        SummitProcess.Result result = summit("save", "ephemeral", "--connect", host());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("summit: Could not save 'ephemeral': cannot do managed save for transient domain.\n");
    }

    @Test
    void operationsLandInTheHistoryWithTheirOutcome() throws Exception {
        summit("suspend", "fuji", "--connect", host());
        summit("save", "ephemeral", "--connect", host());

        try (SummitStore store = SummitStore.open(new StoreLocation(home.resolve("data/summit"))).store()) {
            List<OperationRecord> history = store.history().listRecent(10);
            assertThat(history).extracting(OperationRecord::guestName, OperationRecord::operation, OperationRecord::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ephemeral", "save", OperationOutcome.FAILED),
                            org.assertj.core.groups.Tuple.tuple("fuji", "pause", OperationOutcome.SUCCEEDED));
            assertThat(history.get(0).message()).isEqualTo("Could not save 'ephemeral': cannot do managed save for transient domain.");
        }
    }

    @Test
    void anUnknownGuestOrHostIsNamed() throws Exception {
        SummitProcess.Result guest = summit("start", "nosuch", "--connect", host());
        assertThat(guest.exit()).isEqualTo(1);
        assertThat(guest.err()).contains("no guest named 'nosuch'");

        SummitProcess.Result unreachable = summit("list", "--connect", "qemu+unix:///system?socket=/nonexistent/sock");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("summit: cannot connect to qemu+unix:///system?socket=/nonexistent/sock:")
                .contains("/nonexistent/sock");
    }

    @Test
    void aVerbWhoseHostOpensWhileItsCommandLineIsReadNamesTheHostItCannotReach() throws Exception {
        SummitProcess.Result unreachable = summit("start", "fuji", "--connect=qemu+unix:///system?socket=/nonexistent/sock");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("summit: cannot connect to qemu+unix:///system?socket=/nonexistent/sock:")
                .contains("/nonexistent/sock");

        SummitProcess.Result badUsage = summit("start", "--connect", host());
        assertThat(badUsage.exit()).isEqualTo(2);
        assertThat(badUsage.err()).contains("Missing required parameter").doesNotContain("cannot connect");
    }

    @Test
    void deleteRefusesARunningGuestWithoutForce() throws Exception {
        SummitProcess.Result result = summit("delete", "fuji", "--connect", host());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("'fuji' is running; shut it down first, or pass --force");
    }

    @Test
    void connectionsAreSavedListedAndRemoved() throws Exception {
        assertThat(summit("connections", "add", "qemu+ssh://admin@build01/system").exit()).isZero();
        SummitProcess.Result listed = summit("connections", "list");
        assertThat(listed.out()).contains("QEMU/KVM on build01", "qemu+ssh://admin@build01/system");

        SummitProcess.Result secret = summit("connections", "add", "qemu+ssh://admin:hunter2@build01/system");
        assertThat(secret.exit()).isEqualTo(1);
        assertThat(secret.err()).contains("password").doesNotContain("hunter2@");

        assertThat(summit("connections", "remove", "QEMU/KVM on build01").exit()).isZero();
        assertThat(summit("connections", "list").out()).doesNotContain("build01");
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        assertThat(summit("start").exit()).isEqualTo(2);
    }
}
