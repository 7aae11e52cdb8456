package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.backup.BackupGuest;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summit killed mid-backup: {@code summit backup create} runs as a process of its own and is
 * killed (SIGKILL) while libvirt's job copies the disk. The guest keeps running, and the next verb
 * says what it found: the backup interrupted, its folder marked unfinished (never listed as a
 * backup), and the checkpoint the job made removed from the guest.
 */
@Tag("daemon")
class BackupInterruptedDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-backups-kill-" + Long.toHexString(System.nanoTime());
    private Path folder;

    @BeforeEach
    void guest() throws Exception {
        RealDaemon.defineGuest(name);
        Path disk = RealDaemon.POOL_DIR.resolve(name + ".qcow2");
        RealDaemon.run("qemu-img", "resize", disk.toString(), "1G");
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1", disk.toString());
        // Enough data that the job is still copying when the test kills Summit.
        RealDaemon.runQemuIo(disk, "write -P 0x5a 0 768M");
        RealDaemon.virsh("start", name);
        folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-test-backups-kill-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() {
        BackupGuest.removeAll(name);
        RealDaemon.run("rm", "-rf", folder.toString());
    }

    @Test
    void theNextStartSaysWhatAKilledBackupLeftAndCleansItsCheckpoint() throws Exception {
        SummitProcess summit = new SummitProcess(home);
        Process backup = summit.start("backup", "create", name, "--to", folder.toString(), "--connect", RealDaemon.URI);
        Path note = home.resolve("data/summit/backup-journal");
        awaitTrue("libvirt's backup job of " + name + " running, noted in Summit's journal", 120, () ->
                Files.isDirectory(note) && !isEmpty(note) && backupJobRunning());
        backup.destroyForcibly();
        assertThat(backup.waitFor(30, TimeUnit.SECONDS)).isTrue();
        awaitTrue("the orphaned job of " + name + " ended", 300, () -> !backupJobRunning());
        assertThat(RealDaemon.virsh("checkpoint-list", name, "--name").strip()).as("the killed job's checkpoint").isNotEmpty();

        SummitProcess.Result next = summit.run("backup", "list", folder.toString(), "--connect", RealDaemon.URI);

        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.err()).contains("The backup of " + name + " into " + folder)
                .contains("was interrupted: the folder stays marked unfinished")
                .contains("which no finished backup uses, was removed from " + name)
                .contains(name + " is running.");
        assertThat(next.out().lines().filter(l -> l.startsWith(name))).as("listed backups").isEmpty();
        assertThat(next.out()).contains("! Unfinished backup of '" + name + "'").doesNotContain("dangling");
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");
        assertThat(RealDaemon.virsh("checkpoint-list", name, "--name").strip()).isEmpty();
        assertThat(isEmpty(note)).as("the journal's note is settled").isTrue();

        SummitProcess.Result again = summit.run("backup", "list", folder.toString(), "--connect", RealDaemon.URI);
        assertThat(again.err()).as("said once").doesNotContain("was interrupted");
    }

    /** libvirt 9.0 answers "backup job data missing" for a moment while a backup job starts. */
    private boolean backupJobRunning() {
        try {
            return RealDaemon.virsh("domjobinfo", name).contains("Backup");
        } catch (IllegalStateException starting) {
            return starting.getMessage().contains("backup job data missing");
        }
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static void awaitTrue(String what, int seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited " + seconds + " s for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
