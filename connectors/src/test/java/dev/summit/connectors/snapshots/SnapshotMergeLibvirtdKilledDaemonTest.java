package dev.summit.connectors.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.Await;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.DomainBlockJobInfo;
import org.libvirt.LibvirtException;

/**
 * libvirtd killed mid-merge: deleting an external disk-only snapshot of a running guest of the
 * fixture's first host merges 768 MiB its overlay holds, and that host's libvirtd (its own, killed
 * by its PID and started again — never the machine's) dies meanwhile. The guest keeps running on its
 * overlay over the base, whole; the next start says what was interrupted; deleting again finishes.
 */
@Tag("daemon")
class SnapshotMergeLibvirtdKilledDaemonTest {
    @TempDir
    Path journalFolder;

    private final String name = "summit-test-snapshots-lvkill-" + Long.toHexString(System.nanoTime());
    private TwoHosts hosts;
    private Path base;
    private String uuid;

    @BeforeEach
    void runningGuestOnHostA() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriA(), name, 0, false);
        base = hosts.localImagesOf(hosts.uriA()).resolve(name + ".qcow2");
        RealDaemon.run("qemu-img", "resize", base.toString(), "1G");
        hosts.virsh(hosts.uriA(), "start", name);
        uuid = hosts.virsh(hosts.uriA(), "domuuid", name).strip();
    }

    @AfterEach
    void remove() throws Exception {
        if (!hosts.virshOk(hosts.uriA(), "uri")) {
            hosts.startLibvirtd(hosts.uriA());
        }
        hosts.virshOk(hosts.uriA(), "destroy", name);
        hosts.virshOk(hosts.uriA(), "undefine", name, "--snapshots-metadata");
        hosts.virshOk(hosts.uriA(), "vol-delete", "--pool", "default", name + ".qcow2");
        // The snapshot's overlays are named after the guest: what libvirt forgot about is removed here.
        try (DirectoryStream<Path> left = Files.newDirectoryStream(hosts.localImagesOf(hosts.uriA()), name + ".*")) {
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void theGuestKeepsRunningOnItsChainTheNextStartSaysWhatWasCutShortAndDeletingAgainFinishes() throws Exception {
        SnapshotJournal journal = new SnapshotJournal(journalFolder);
        Connect conn = new StatsConnect(hosts.tcpA(), false);
        CreateSnapshot.create(conn, uuid, new SnapshotRequest("s1", "", true, true));
        // 768 MiB in the overlay, written by the guest's own QEMU, so the merge lasts.
        hosts.virsh(hosts.uriA(), "qemu-monitor-command", name, "--hmp",
                "qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P 0x77 0 768M\"");
        // Polled through a connection of its own, every 20 ms: the merge lasts a second or two.
        Connect watch = new StatsConnect(hosts.tcpA(), false);
        CompletableFuture<List<String>> delete = CompletableFuture.supplyAsync(() -> {
            try {
                return DeleteSnapshot.delete(conn, uuid, "s1", false, journal, OperationProgress.IGNORE);
            } catch (LibvirtException e) {
                throw new CompletionException(e);
            }
        });
        Await.until("the merge of " + name + " running", 120, () -> {
            if (delete.isDone()) {
                throw new AssertionError("the delete ended before its merge was seen: "
                        + delete.handle((done, failure) -> failure == null ? done : failure).get());
            }
            DomainBlockJobInfo job = watch.domainLookupByUUIDString(uuid).getBlockJobInfo("vda", 0);
            return job != null && job.end > 0;
        });
        watch.close();

        hosts.killLibvirtd(hosts.uriA());

        try {
            delete.get(120, TimeUnit.SECONDS);
            throw new AssertionError("the delete finished although libvirtd was killed");
        } catch (ExecutionException expected) {
            assertThat(expected.getCause()).isInstanceOf(LibvirtException.class);
        }
        assertThat(journal.pending()).as("the note kept for the next start").hasSize(1);
        hosts.startLibvirtd(hosts.uriA());
        assertThat(hosts.state(hosts.uriA(), name)).isEqualTo("running");
        // QEMU's own list first: right after its restart libvirt may not know of the job yet, and
        // answers "none" while QEMU is still merging (seen as a second leftover, "25 % done").
        Await.until("no block job of " + name + " left after libvirtd's restart", 120,
                () -> hosts.virsh(hosts.uriA(), "qemu-monitor-command", name, "{\"execute\":\"query-block-jobs\"}")
                        .replace(" ", "").contains("\"return\":[]")
                        && hosts.virsh(hosts.uriA(), "blockjob", name, "vda", "--info").isBlank());

        Connect again = new StatsConnect(hosts.tcpA(), false);
        try {
            List<String> found = SnapshotLeftovers.check(again, journal);
            assertThat(found).singleElement().asString()
                    .startsWith("The delete of " + name + " of snapshot 's1'")
                    .contains("was interrupted while merging")
                    .contains("Now " + name + " is running with vda on /var/lib/libvirt/images/" + name)
                    .endsWith("the snapshot is still listed; delete it again to finish the merge.");
            assertThat(journal.pending()).as("reported once").isEmpty();

            assertThat(DeleteSnapshot.delete(again, uuid, "s1", false, journal, OperationProgress.IGNORE))
                    .containsExactly("s1");
        } finally {
            again.close();
            conn.close();
        }
        assertThat(hosts.virsh(hosts.uriA(), "domblklist", name)).as("back on its base image")
                .contains("/var/lib/libvirt/images/" + name + ".qcow2");
        assertThat(hosts.virsh(hosts.uriA(), "snapshot-list", name, "--name").strip()).isEmpty();
        assertThat(hosts.state(hosts.uriA(), name)).isEqualTo("running");
        RealDaemon.run("qemu-io", "-U", "-r", "-f", "qcow2", "-c", "read -P 0x77 0 1M", "-c", "read -P 0x77 767M 1M",
                base.toString());
    }
}
