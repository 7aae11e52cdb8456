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

    static Result problems(Connect conn, RestoreRequest request, BackupSource source) throws LibvirtException {
        List<String> problems = new ArrayList<>();
        if (!source.isFinished(request.backup())) {
            problems.add(request.backup() + " is not a finished backup (it has no " + BackupManifest.FILE
                    + (source.isUnfinished(request.backup()) ? "; its job never finished" : "")
                    + (source instanceof HostBackupSource ? " on " + conn.getHostName() : "") + ").");
            return new Result(problems, null, List.of(), null, Map.of());
        }
        StoredBackup backup;
        List<StoredBackup> chain;
        try {
            backup = source.read(request.backup());
            chain = source.chain(backup);
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return new Result(problems, null, List.of(), null, Map.of());
        }
        for (StoredBackup link : chain) {
            for (BackupManifest.Disk disk : backup.manifest().disks()) {
                if (!source.has(link.folder(), disk.file())) {
                    problems.add("Backup " + link.name() + " lacks its image " + disk.file() + ".");
                }
            }
        }
        long needed = chain.stream().mapToLong(b -> b.manifest().totalSize()).sum();
        boolean local = source instanceof LocalBackupSource;
        if (request.inPlace()) {
            return inPlace(conn, backup, chain, needed, local, problems);
        }
        newGuest(conn, request, backup, needed, local, problems);
        return new Result(problems, backup, chain, null, Map.of());
    }

    private static void newGuest(Connect conn, RestoreRequest request, StoredBackup backup, long needed, boolean local,
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
        List<String> volumes = local ? List.of() : volumes(conn, poolName);
        for (BackupManifest.Disk disk : backup.manifest().disks()) {
            String volume = RestoreBackup.volumeName(request.newName(), disk.target());
            if (local ? Files.exists(Path.of(pool.targetPath(), volume)) : volumes.contains(volume)) {
                problems.add("Storage pool '" + poolName + "' already has " + volume + ".");
            }
        }
    }

    /** The files of a pool on another machine, as libvirt lists them after re-reading the folder. */
    private static List<String> volumes(Connect conn, String poolName) throws LibvirtException {
        org.libvirt.StoragePool pool = conn.storagePoolLookupByName(poolName);
        pool.refresh(0);
        return List.of(pool.listVolumes());
    }

    private static Result inPlace(Connect conn, StoredBackup backup, List<StoredBackup> chain, long needed, boolean local,
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
        if (!local) {
            hostRoom(conn, name, sources, needed, problems);
            return new Result(problems, backup, chain, guest, sources);
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

    /**
     * On another machine the new images are volumes beside the old ones: each image must be a
     * volume of a pool (Summit makes files there only through libvirt) with room for the restore.
     */
    private static void hostRoom(Connect conn, String name, Map<String, String> sources, long needed,
                                 List<String> problems) throws LibvirtException {
        for (String image : sources.values()) {
            org.libvirt.StoragePool pool;
            try {
                pool = HostDiskSwap.volumeOf(conn, image).storagePoolLookupByVolume();
            } catch (LibvirtException e) {
                problems.add("The image " + image + " of '" + name + "' is in no storage pool of " + conn.getHostName()
                        + "; Summit replaces images on another machine only through libvirt's storage pools.");
                continue;
            }
            pool.refresh(0);
            long free = pool.getInfo().available;
            if (free < needed) {
                problems.add("Storage pool '" + pool.getName() + "' of '" + name + "'s disks has " + ByteSize.human(free)
                        + " free; the restore writes up to " + ByteSize.human(needed) + " beside the old images first.");
                return;
            }
        }
    }
}
