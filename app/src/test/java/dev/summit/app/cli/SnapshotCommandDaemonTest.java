package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.snapshots.SnapshotJournal;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summit snapshot list|create|revert|delete as a script runs them, on a running grub-rescue guest. */
@Tag("daemon")
class SnapshotCommandDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-snapshots-cli-" + Long.toHexString(System.nanoTime());
    private String uuid;

    @BeforeEach
    void guest() throws Exception {
        uuid = RealDaemon.defineGuest(name);
        RealDaemon.virsh("start", name);
    }

    @AfterEach
    void remove() {
        RealDaemon.removeAllStartingWith(name);
    }

    private SummitProcess.Result summit(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--connect";
        all[args.length + 1] = RealDaemon.URI;
        return new SummitProcess(home).run(all);
    }

    private String ok(String... args) throws Exception {
        SummitProcess.Result result = summit(args);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    private long thumbnails() throws Exception {
        Path folder = home.resolve("data/summit/snapshots").resolve(uuid);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void takeListRevertAndDeleteWithChildrenAndRefuseADuplicate() throws Exception {
        assertThat(ok("snapshot", "create", name, "--name", "a <b>", "--description", "first & best"))
                .contains("Took snapshot 'a <b>' of " + name + ": qcow2 disks on BIOS firmware: an internal snapshot");
        assertThat(thumbnails()).as("the screen when taken").isEqualTo(1);

        SummitProcess.Result duplicate = summit("snapshot", "create", name, "--name", "a <b>");
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).contains("There is already a snapshot called 'a <b>'; choose another name.");

        ok("snapshot", "create", name, "--name", "b");
        assertThat(ok("snapshot", "list", name)).containsPattern("(?m)^  a <b> +\\S+ +running +internal +first & best$")
                .containsPattern("(?m)^  \\* b +");
        assertThat(ok("snapshot", "list", name, "--json")).contains("\"name\": \"a <b>\"").contains("\"type\": \"internal\"")
                .contains("\"description\": \"first & best\"").contains("\"current\": true");

        assertThat(ok("snapshot", "revert", name, "a <b>")).contains(name + " is back at snapshot 'a <b>' (internal).");
        assertThat(RealDaemon.virsh("snapshot-current", name, "--name").strip()).isEqualTo("a <b>");

        assertThat(ok("snapshot", "delete", name, "a <b>", "--children")).contains("Deleted 'b', 'a <b>' of " + name + ".");
        assertThat(ok("snapshot", "list", name)).contains(name + " has no snapshots.");
        assertThat(thumbnails()).isZero();
    }

    @Test
    void anInterruptedRevertIsReportedAtTheNextRun() throws Exception {
        new SnapshotJournal(home.resolve("data/summit/snapshot-journal")).write(new SnapshotJournal.Entry(RealDaemon.URI,
                uuid, name, "revert", "before", Instant.parse("2026-12-07T08:00:00Z"), "making new overlays /x.qcow2"));

        SummitProcess.Result first = summit("snapshot", "list", name);

        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("The revert of " + name + " to snapshot 'before' started 2026-12-07T08:00:00Z"
                + " was interrupted while making new overlays /x.qcow2. Now " + name + " is running with vda on "
                + RealDaemon.POOL_DIR.resolve(name + ".qcow2") + "; the snapshot is gone.");
        assertThat(summit("snapshot", "list", name).err()).as("said once").doesNotContain("interrupted");
    }
}
