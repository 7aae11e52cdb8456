package dev.summit.connectors.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.migrate.Migration;
import dev.summit.connectors.migrate.MigrationMode;
import dev.summit.connectors.migrate.MigrationOutcome;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.migrate.StorageCopy;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.TwoHosts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A guest in the middle of a (slow, capped) live migration: revert and delete are refused and change nothing. */
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
    void revertAndDeleteAreRefusedWhileTheGuestMigrates() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriA(), NAME, 48, true);
        hosts.virsh(hosts.uriA(), "snapshot-create-as", NAME, "before");
        String uuid = hosts.virsh(hosts.uriA(), "domuuid", NAME).strip();
        String listBefore = hosts.virsh(hosts.uriA(), "snapshot-list", NAME, "--name");
        String definitionBefore = hosts.virsh(hosts.uriA(), "dumpxml", "--inactive", NAME);
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<Void> copying = new CompletableFuture<>();
        MigrationRequest slow = new MigrationRequest(hosts.uriA(), uuid, hosts.tcpB(), MigrationMode.LIVE, StorageCopy.ALL,
                false, true, false, 2, 400, false, false, false, true, false, false);
        CompletableFuture<MigrationOutcome> migration = CompletableFuture.supplyAsync(() ->
                new Migration(slow, new GuestsInMigration()).run(figures -> copying.complete(null), cancel, false));
        copying.get(60, TimeUnit.SECONDS);

        StatsConnect conn = new StatsConnect(hosts.uriA(), false);
        try {
            SnapshotJournal none = SnapshotJournal.none();
            assertThatThrownBy(() -> RevertSnapshot.revert(conn, uuid, "before", none))
                    .isInstanceOf(SnapshotRefused.class).hasMessage(NAME + " is migrating (or busy with another job such as"
                            + " a save or a backup); Summit changes its snapshots only when that has ended. Nothing was changed.");
            assertThatThrownBy(() -> DeleteSnapshot.delete(conn, uuid, "before", false, none, OperationProgress.IGNORE))
                    .isInstanceOf(SnapshotRefused.class).hasMessageContaining("is migrating");
        } finally {
            cancel.cancel();
            conn.close();
        }

        assertThat(migration.get(60, TimeUnit.SECONDS).result()).isEqualTo(MigrationOutcome.Result.CANCELLED);
        assertThat(hosts.virsh(hosts.uriA(), "snapshot-list", NAME, "--name")).isEqualTo(listBefore);
        assertThat(hosts.virsh(hosts.uriA(), "dumpxml", "--inactive", NAME)).isEqualTo(definitionBefore);
        assertThat(hosts.state(hosts.uriA(), NAME)).isEqualTo("running");
    }
}
