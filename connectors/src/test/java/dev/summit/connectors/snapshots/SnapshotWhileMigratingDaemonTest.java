package dev.summit.connectors.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.TwoHosts;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A guest in the middle of a (slow, capped) live migration: revert and delete are refused before
 * anything else is looked at, and change nothing. (libvirt migrates no guest that has snapshots, so
 * the snapshot named here does not exist; the refusal comes first all the same.)
 */
@Tag("daemon")
class SnapshotWhileMigratingDaemonTest {
    private static final String NAME = "snapshots-migrating";
    private TwoHosts hosts;

    @AfterEach
    void remove() throws Exception {
        if (hosts != null) {
            hosts.remove(NAME);
        }
    }

    @Test
    void takeRevertAndDeleteAreRefusedWhileTheGuestMigrates() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriA(), NAME, 48, true);
        String uuid = hosts.virsh(hosts.uriA(), "domuuid", NAME).strip();
        String listBefore = hosts.virsh(hosts.uriA(), "snapshot-list", NAME, "--name");
        String definitionBefore = hosts.virsh(hosts.uriA(), "dumpxml", "--inactive", NAME);
        // virsh's own migration, copying the disk at 2 MiB/s: tens of seconds in which the guest is migrating.
        Process migration = new ProcessBuilder("virsh", "-q", "-c", hosts.uriA(), "migrate", "--live", "--persistent",
                "--copy-storage-all", "--bandwidth", "2", NAME, hosts.tcpB()).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!hosts.virsh(hosts.uriA(), "domjobinfo", NAME).contains("Unbounded")) {
            assertThat(migration.isAlive()).as("the migration is running").isTrue();
            assertThat(System.nanoTime()).as("the migration started within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
        StatsConnect conn = new StatsConnect(hosts.uriA(), false);
        try {
            SnapshotJournal none = SnapshotJournal.none();
            assertThatThrownBy(() -> RevertSnapshot.revert(conn, uuid, "before", none))
                    .isInstanceOf(SnapshotRefused.class).hasMessage(NAME + " is migrating (or busy with another job such as"
                            + " a save or a backup); Summit changes its snapshots only when that has ended. Nothing was changed.");
            assertThatThrownBy(() -> DeleteSnapshot.delete(conn, uuid, "before", false, none, OperationProgress.IGNORE))
                    .isInstanceOf(SnapshotRefused.class).hasMessageContaining("is migrating");
            assertThatThrownBy(() -> CreateSnapshot.create(conn, uuid, new SnapshotRequest("during", "", false, false)))
                    .isInstanceOf(SnapshotRefused.class).hasMessageContaining("is migrating");
        } finally {
            hosts.virshOk(hosts.uriA(), "domjobabort", NAME);
            migration.waitFor(60, TimeUnit.SECONDS);
            conn.close();
        }

        assertThat(hosts.virsh(hosts.uriA(), "snapshot-list", NAME, "--name")).isEqualTo(listBefore);
        assertThat(hosts.virsh(hosts.uriA(), "dumpxml", "--inactive", NAME)).isEqualTo(definitionBefore);
        assertThat(hosts.state(hosts.uriA(), NAME)).isEqualTo("running");
    }
}
