package dev.summit.app.bench.snapshot;

import dev.summit.app.bench.Virsh;
import dev.summit.connectors.backup.BackupFolder;
import dev.summit.connectors.backup.BackupKind;
import dev.summit.connectors.backup.BackupRequest;
import dev.summit.connectors.backup.CreateBackup;
import dev.summit.connectors.backup.StoredBackup;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A full backup of a running guest by Summit's own operation (libvirt's push-mode job, checkpoint,
 * definition and manifest included) against reading the same disk with {@code qemu-img convert -U}
 * into a qcow2 in the same folder. The comparison is like for like: the guest's QEMU opens its disk
 * without O_DIRECT (libvirt's default cache mode), so both read the page cache, which an uncounted
 * conversion fills first; both write a qcow2 through the page cache and flush it when closing it
 * ({@code -t writeback}: libvirt's job target is flushed when QEMU closes it); they take turns at
 * going first. A twin guest whose QEMU runs with glibc malloc tunables shows what the job loses to
 * mapping a fresh buffer for every MiB it copies.
 */
final class BackupThroughput {
    /**
     * Wall times in microseconds of each run, Summit's, libvirt's own job's, qemu-img's and Summit's
     * of the twin whose QEMU has the malloc tunables, and the data copied.
     */
    record Figures(List<Long> summit, List<Long> virsh, List<Long> qemuImg, List<Long> summitTuned, long dataMib) {
    }

    private static final String GUEST = "summit-bench-snapshot-backup";
    private static final String TUNED = "summit-bench-snapshot-backup-tuned";

    private final HostSession host;
    private final SnapshotBenchGuests guests;
    private final Virsh virsh;
    private final Consumer<String> log;

    BackupThroughput(HostSession host, SnapshotBenchGuests guests, Virsh virsh, Consumer<String> log) {
        this.host = host;
        this.guests = guests;
        this.virsh = virsh;
        this.log = log;
    }

    Figures run(int runs, long dataMib) throws Exception {
        Figures f = new Figures(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), dataMib);
        Path folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-bench-snapshot-backups-");
        // QEMU writes the images as its own user: it must pass through the folder.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        guests.define(GUEST, 2 * dataMib, dataMib);
        guests.defineMallocTuned(TUNED, 2 * dataMib, dataMib);
        try {
            virsh.run("start", GUEST);
            virsh.run("start", TUNED);
            String uuid = SnapshotBenchGuests.uuidOnceListed(host, GUEST);
            String tunedUuid = SnapshotBenchGuests.uuidOnceListed(host, TUNED);
            Path disk = SnapshotBenchGuests.disk(GUEST);
            log.accept("backup: warming the page cache with " + dataMib + " MiB");
            convert(disk, folder.resolve("warm-up.qcow2"));
            for (int run = 1; run <= runs; run++) {
                log.accept("backup: run " + run + " of " + runs);
                if (run % 2 == 1) {
                    f.summit().add(backUp(GUEST, uuid, folder));
                    f.virsh().add(virshBackup(folder));
                    f.qemuImg().add(convert(disk, folder.resolve("convert.qcow2")));
                    f.summitTuned().add(backUp(TUNED, tunedUuid, folder));
                } else {
                    f.summitTuned().add(backUp(TUNED, tunedUuid, folder));
                    f.qemuImg().add(convert(disk, folder.resolve("convert.qcow2")));
                    f.virsh().add(virshBackup(folder));
                    f.summit().add(backUp(GUEST, uuid, folder));
                }
            }
        } finally {
            guests.remove(TUNED);
            guests.remove(GUEST);
            SnapshotBenchGuests.deleteTree(folder);
        }
        return f;
    }

    /** One full backup; its folder and checkpoint are removed after the clock stops, so each run starts alike. */
    private long backUp(String guest, String uuid, Path folder) throws Exception {
        long start = System.nanoTime();
        StoredBackup made = new CreateBackup(new BackupRequest(host.uri(), uuid, folder, BackupKind.FULL))
                .run(OperationProgress.IGNORE, new CancelSignal());
        long micros = (System.nanoTime() - start) / 1000;
        BackupFolder.remove(made.folder());
        if (made.manifest().checkpoint() != null) {
            virsh.run("checkpoint-delete", guest, made.manifest().checkpoint());
        }
        return micros;
    }

    /**
     * libvirt's own push-mode job without Summit, as an admin runs it: {@code virsh backup-begin}, then
     * {@code virsh domjobinfo} until no job is left (no checkpoint, so nothing to clean but the file).
     */
    private long virshBackup(Path folder) throws Exception {
        Path target = folder.resolve("virsh-vda.qcow2");
        Path xml = Files.createTempFile("summit-bench-backup", ".xml");
        Files.writeString(xml, "<domainbackup><disks><disk name='vda' type='file'><target file='" + target
                + "'/><driver type='qcow2'/></disk><disk name='hdc' backup='no'/></disks></domainbackup>");
        try {
            long start = System.nanoTime();
            virsh.run("backup-begin", GUEST, xml.toString());
            while (virsh.run("domjobinfo", GUEST).contains("Backup")) {
                Thread.sleep(50);
            }
            long micros = (System.nanoTime() - start) / 1000;
            virsh.run("domjobinfo", GUEST, "--completed");
            Files.delete(target);
            return micros;
        } finally {
            Files.delete(xml);
        }
    }

    /** Read like the guest's QEMU reads it (page cache), written and flushed like the job's target. */
    private static long convert(Path disk, Path target) throws Exception {
        long start = System.nanoTime();
        SnapshotBenchGuests.run("qemu-img", "convert", "-U", "-T", "writeback", "-t", "writeback", "-f", "qcow2",
                "-O", "qcow2", disk.toString(), target.toString());
        long micros = (System.nanoTime() - start) / 1000;
        Files.delete(target);
        return micros;
    }
}
