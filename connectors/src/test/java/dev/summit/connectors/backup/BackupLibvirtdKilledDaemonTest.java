package dev.summit.connectors.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.Await;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;

/**
 * libvirtd killed mid-backup: a running guest of the fixture's first host (a libvirtd of its own,
 * killed by its PID and started again — never the machine's) is backed up by Summit over
 * {@code qemu+tcp://} (so Summit reads the disks and writes the folder through libvirt, as for any
 * other host: the fixture's unix socket would pass for this machine, whose files hostA does not
 * share), and its libvirtd dies while the job copies. Summit's backup fails saying what it left and that it checks
 * again; the guest keeps running on its own disk, whole; and the next start says what it found and
 * removes the checkpoint the job made.
 */
@Tag("daemon")
class BackupLibvirtdKilledDaemonTest {
    @TempDir
    Path journalFolder;

    private final String name = "summit-test-backups-lvkill-" + Long.toHexString(System.nanoTime());
    private TwoHosts hosts;
    private Path disk;
    private Path folder;
    private String uuid;

    @BeforeEach
    void guestOnHostA() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriA(), name, 0, false);
        disk = hosts.localImagesOf(hosts.uriA()).resolve(name + ".qcow2");
        RealDaemon.run("qemu-img", "resize", disk.toString(), "2G");
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1", disk.toString());
        // Enough data that the job is still copying when the test kills libvirtd: under KVM, 768 MiB
        // were copied within the second the test used to wait.
        RealDaemon.runQemuIo(disk, "write -P 0x5a 0 1536M");
        hosts.virsh(hosts.uriA(), "start", name);
        uuid = hosts.virsh(hosts.uriA(), "domuuid", name).strip();
        // /var/tmp is the same folder inside the fixture's host and on this machine.
        folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-test-backups-lvkill-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() throws Exception {
        if (!hosts.virshOk(hosts.uriA(), "uri")) {
            hosts.startLibvirtd(hosts.uriA());
        }
        hosts.virshOk(hosts.uriA(), "destroy", name);
        hosts.virshOk(hosts.uriA(), "undefine", name, "--checkpoints-metadata");
        hosts.virshOk(hosts.uriA(), "vol-delete", "--pool", "default", name + ".qcow2");
        RealDaemon.run("rm", "-rf", folder.toString());
    }

    @Test
    void theGuestKeepsRunningOnItsWholeDiskAndTheNextStartSaysWhatTheKilledJobLeft() throws Exception {
        BackupJournal journal = new BackupJournal(journalFolder);
        // Summit reports bytes copied only once its call that began the job has its answer (libvirt
        // lists the job a moment before): the kill must come after that call and before the end.
        CompletableFuture<Double> copying = new CompletableFuture<>();
        OperationProgress firstCopyReport = (fraction, bytes, sentence) -> {
            if (sentence.startsWith("Backing up ")) {
                copying.complete(fraction);
            }
        };
        CompletableFuture<StoredBackup> backup = new CreateBackup(
                new BackupRequest(hosts.tcpA(), uuid, folder, BackupKind.FULL), journal)
                .start(firstCopyReport, new CancelSignal());
        Await.until("libvirt's backup job of " + name + " running, noted in Summit's journal", 120,
                () -> !journal.pending().isEmpty() && backupJobRunning());
        assertThat(copying.get(120, TimeUnit.SECONDS)).as("copied when Summit first reported, killed right after")
                .isLessThan(0.8);

        hosts.killLibvirtd(hosts.uriA());

        String failure = failureOf(backup);
        assertThat(failure).contains("Left behind: ").contains("checkpoint ").contains("Summit checks it again at its next start");
        assertThat(journal.pending()).as("the note kept for the next start").hasSize(1);
        hosts.startLibvirtd(hosts.uriA());
        assertThat(hosts.state(hosts.uriA(), name)).isEqualTo("running");
        Await.until("no job of " + name + " left after libvirtd's restart", 300, () -> !backupJobRunning());

        List<String> found;
        Connect conn = new StatsConnect(hosts.tcpA(), false);
        try {
            found = BackupLeftovers.check(conn, journal);
        } finally {
            conn.close();
        }

        assertThat(found).singleElement().asString()
                .startsWith("The backup of " + name + " into " + folder)
                .contains("was interrupted")
                .contains("which no finished backup uses, was removed from " + name)
                .endsWith(name + " is running.");
        assertThat(journal.pending()).as("settled").isEmpty();
        assertThat(hosts.virsh(hosts.uriA(), "checkpoint-list", name, "--name").strip()).isEmpty();
        assertThat(hosts.state(hosts.uriA(), name)).isEqualTo("running");
        assertThat(hosts.virsh(hosts.uriA(), "domblklist", name)).as("still on its own image, no overlay")
                .contains("/var/lib/libvirt/images/" + name + ".qcow2").doesNotContain(folder.toString());
        assertThat(RealDaemon.run("qemu-img", "info", "-U", "--output=json", disk.toString()))
                .as("no backing file, no bitmap of the dead job").doesNotContain("backing-filename").doesNotContain("bitmaps");
        RealDaemon.run("qemu-io", "-U", "-r", "-f", "qcow2", "-c", "read -P 0x5a 0 1M", "-c", "read -P 0x5a 1535M 1M",
                disk.toString());
        assertThat(BackupCheck.inspect(hosts.tcpA(), folder).backups()).as("nothing listed as a backup").isEmpty();
    }

    private static String failureOf(CompletableFuture<StoredBackup> backup) throws Exception {
        try {
            StoredBackup made = backup.get(120, TimeUnit.SECONDS);
            throw new AssertionError("the backup finished although libvirtd was killed: " + made.folder());
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BackupFailed failed) {
                    return failed.getMessage();
                }
            }
            throw new AssertionError("the backup failed otherwise than with BackupFailed", e);
        }
    }

    /** libvirt 9.0 answers "backup job data missing" for a moment while a backup job starts. */
    private boolean backupJobRunning() {
        try {
            return hosts.virsh(hosts.uriA(), "domjobinfo", name).contains("Backup");
        } catch (IllegalStateException starting) {
            return starting.getMessage().contains("backup job data missing");
        }
    }
}
