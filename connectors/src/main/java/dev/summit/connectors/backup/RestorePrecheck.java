package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.ops.GuestNames;
import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Every reason a restore cannot be made, found before anything is written: a finished backup with
 * its whole chain; for a new guest a free valid name and a started directory pool with room and no
 * volume of the names it would make; in place the guest, shut off, with the backed-up disks.
 */
final class RestorePrecheck {
    /**
     * @param chain          the full backup first, up to the one restored
     * @param guest          in place: the guest restored onto
     * @param currentSources in place: the guest's image per backed-up target
     */
    record Result(List<String> problems, StoredBackup backup, List<StoredBackup> chain, Domain guest,
                  Map<String, String> currentSources) {
    }

    private RestorePrecheck() {
    }

    static Result problems(Connect conn, RestoreRequest request) throws LibvirtException {
        List<String> problems = new ArrayList<>();
        if (!BackupPrecheck.isLocal(request.uri())) {
            problems.add("Summit restores backups from a folder of this machine; " + request.uri()
                    + " is another machine.");
            return new Result(problems, null, List.of(), null, Map.of());
        }
        if (!BackupFolder.isBackup(request.backup())) {
            problems.add(request.backup() + " is not a finished backup (it has no " + BackupManifest.FILE
                    + (Files.exists(request.backup().resolve(BackupFolder.UNFINISHED)) ? "; its job never finished" : "")
                    + ").");
            return new Result(problems, null, List.of(), null, Map.of());
        }
        StoredBackup backup;
        List<StoredBackup> chain;
        try {
            backup = BackupFolder.read(request.backup());
            chain = BackupFolder.chain(backup);
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return new Result(problems, null, List.of(), null, Map.of());
        }
        for (StoredBackup link : chain) {
            for (BackupManifest.Disk disk : backup.manifest().disks()) {
                if (!Files.isRegularFile(link.folder().resolve(disk.file()))) {
                    problems.add("Backup " + link.name() + " lacks its image " + disk.file() + ".");
                }
            }
        }
        long needed = chain.stream().mapToLong(b -> b.manifest().totalSize()).sum();
        if (request.inPlace()) {
            return inPlace(conn, backup, chain, needed, problems);
        }
        newGuest(conn, request, backup, needed, problems);
        return new Result(problems, backup, chain, null, Map.of());
    }

    private static void newGuest(Connect conn, RestoreRequest request, StoredBackup backup, long needed,
                                 List<String> problems) throws LibvirtException {
        GuestNames.problem(request.newName()).ifPresent(problems::add);
        if (GuestNames.problem(request.newName()).isEmpty() && GuestNames.inUse(conn, request.newName())) {
            problems.add("A guest named '" + request.newName() + "' already exists on this host.");
        }
        String poolName = request.pool() == null ? DefaultPool.NAME : request.pool();
        if (DefaultPool.NAME.equals(poolName) && !DefaultPool.exists(conn)) {
            return;
        }
        PoolSummary pool;
        try {
            pool = StoragePools.pool(conn, poolName);
        } catch (LibvirtException e) {
            problems.add("There is no storage pool '" + poolName + "' on this host.");
            return;
        }
        if (!pool.active() || !"dir".equals(pool.type()) || pool.targetPath() == null) {
            problems.add("Storage pool '" + poolName + "' must be a started directory pool to restore into.");
            return;
        }
        if (pool.available() < needed) {
            problems.add("Storage pool '" + poolName + "' has " + ByteSize.human(pool.available()) + " free; the backup needs up to "
                    + ByteSize.human(needed) + ".");
        }
        for (BackupManifest.Disk disk : backup.manifest().disks()) {
            Path file = Path.of(pool.targetPath(), RestoreBackup.volumeName(request.newName(), disk.target()));
            if (Files.exists(file)) {
                problems.add("Storage pool '" + poolName + "' already has " + file.getFileName() + ".");
            }
        }
    }

    private static Result inPlace(Connect conn, StoredBackup backup, List<StoredBackup> chain, long needed,
                                  List<String> problems) throws LibvirtException {
        BackupManifest manifest = backup.manifest();
        Domain guest;
        try {
            guest = conn.domainLookupByUUIDString(manifest.uuid());
        } catch (LibvirtException e) {
            problems.add("The guest '" + manifest.guest() + "' this backup was taken of is not on this host;"
                    + " restore it as a new guest instead.");
            return new Result(problems, backup, chain, null, Map.of());
        }
        String name = guest.getName();
        if (guest.isActive() == 1) {
            // A migrating guest is running too: refused here with the same sentence.
            problems.add("'" + name + "' is running; shut it off to restore its disks in place.");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        List<DomainDisk> disks = DomainDisks.parse(guest.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE));
        for (BackupManifest.Disk disk : manifest.disks()) {
            disks.stream().filter(d -> d.target().equals(disk.target()) && "file".equals(d.type()) && d.source() != null)
                    .findFirst().ifPresentOrElse(d -> sources.put(disk.target(), d.source()),
                            () -> problems.add("'" + name + "' no longer has the disk " + disk.target() + " this backup holds."));
        }
        for (String source : sources.values()) {
            Path dir = Path.of(source).getParent();
            if (dir != null && BackupFolder.usableSpace(dir) < needed) {
                problems.add("The folder " + dir + " of '" + name + "'s disks has " + ByteSize.human(BackupFolder.usableSpace(dir))
                        + " free; the restore writes up to " + ByteSize.human(needed) + " beside the old images first.");
                break;
            }
        }
        return new Result(problems, backup, chain, guest, sources);
    }
}
