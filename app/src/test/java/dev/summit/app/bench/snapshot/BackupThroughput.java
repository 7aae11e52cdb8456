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
 * into a qcow2 in the same folder. Both read the same cached data: an uncounted conversion first
 * brings the image into the page cache, and the two take turns at going first.
 */
final class BackupThroughput {
    /** Wall times in microseconds of each run, Summit's, libvirt's own job's and qemu-img's, and the data copied. */
    record Figures(List<Long> summit, List<Long> virsh, List<Long> qemuImg, long dataMib) {
    }

    private static final String GUEST = "summit-bench-snapshot-backup";

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
        Figures f = new Figures(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), dataMib);
        Path folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-bench-snapshot-backups-");
        // QEMU writes the images as its own user: it must pass through the folder.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        guests.define(GUEST, 2 * dataMib, dataMib);
        try {
            virsh.run("start", GUEST);
            String uuid = SnapshotBenchGuests.uuidOnceListed(host, GUEST);
            Path disk = SnapshotBenchGuests.disk(GUEST);
            log.accept("backup: warming the page cache with " + dataMib + " MiB");
            convert(disk, folder.resolve("warm-up.qcow2"));
            for (int run = 1; run <= runs; run++) {
                log.accept("backup: run " + run + " of " + runs);
                if (run % 2 == 1) {
                    f.summit().add(backUp(uuid, folder));
                    f.virsh().add(virshBackup(folder));
                    f.qemuImg().add(convert(disk, folder.resolve("convert.qcow2")));
                } else {
                    f.qemuImg().add(convert(disk, folder.resolve("convert.qcow2")));
                    f.virsh().add(virshBackup(folder));
                    f.summit().add(backUp(uuid, folder));
                }
            }
        } finally {
            guests.remove(GUEST);
            SnapshotBenchGuests.deleteTree(folder);
        }
        return f;
    }

    /** One full backup; its folder and checkpoint are removed after the clock stops, so each run starts alike. */
    private long backUp(String uuid, Path folder) throws Exception {
        long start = System.nanoTime();
        StoredBackup made = new CreateBackup(new BackupRequest(host.uri(), uuid, folder, BackupKind.FULL))
                .run(OperationProgress.IGNORE, new CancelSignal());
        long micros = (System.nanoTime() - start) / 1000;
        BackupFolder.remove(made.folder());
        if (made.manifest().checkpoint() != null) {
            virsh.run("checkpoint-delete", GUEST, made.manifest().checkpoint());
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

    private static long convert(Path disk, Path target) throws Exception {
        long start = System.nanoTime();
        SnapshotBenchGuests.run("qemu-img", "convert", "-U", "-f", "qcow2", "-O", "qcow2", disk.toString(), target.toString());
        long micros = (System.nanoTime() - start) / 1000;
        Files.delete(target);
        return micros;
    }
}
