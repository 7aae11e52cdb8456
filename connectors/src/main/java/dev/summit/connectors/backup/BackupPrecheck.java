package dev.summit.connectors.backup;

import dev.summit.connectors.jna.NativeBackup;
import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DomainDisk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Every reason a backup cannot start, found before anything is written: the guest (running, not
 * busy with a migration or another backup, disks Summit can copy), the folder (there, writable,
 * room for the disks' allocation) and, for an incremental backup, a finished backup of the guest
 * in the folder whose checkpoint the guest still has.
 */
final class BackupPrecheck {
    /**
     * @param checkpoints whether every copied disk is qcow2 v3, so the backup makes a checkpoint
     * @param parent      the backup an incremental one builds on
     */
    record Result(List<String> problems, boolean checkpoints, StoredBackup parent) {
    }

    private BackupPrecheck() {
    }

    static Result problems(Connect conn, BackupRequest request, BackupTarget target) throws LibvirtException {
        List<String> problems = new ArrayList<>();
        Domain guest = conn.domainLookupByUUIDString(request.uuid());
        String name = guest.getName();
        boolean local = target instanceof LocalBackupTarget;
        if (guest.isActive() != 1) {
            problems.add("'" + name + "' is shut off: libvirt backs up running guests only. Start it first.");
            return new Result(problems, false, null);
        }
        if (busy(conn, request.uuid())) {
            problems.add("'" + name + "' is busy with another job (a migration, backup or disk copy); wait for it to end.");
        }
        BackupDisks disks = new BackupDisks(guest.getXMLDesc(0));
        for (DomainDisk disk : disks.unsupported()) {
            problems.add("Disk " + disk.target() + " of '" + name + "' is a " + disk.type()
                    + " disk; Summit backs up file images only.");
        }
        if (disks.copied().isEmpty()) {
            problems.add("'" + name + "' has no writable disk image to back up.");
        }
        boolean allV3 = true;
        long needed = 0;
        for (DomainDisk disk : disks.copied()) {
            needed += allocation(guest, disk);
            if (!"1.1".equals(local ? compat(disk) : volumeCompat(conn, disk))) {
                allV3 = false;
                if (request.kind() == BackupKind.INCREMENTAL) {
                    problems.add("Disk " + disk.target() + " (" + disk.source() + ") is not qcow2 version 3, which"
                            + " incremental backups need: shut '" + name + "' off and let Summit upgrade it.");
                }
            }
        }
        String folderProblem = target.folderProblem();
        if (folderProblem != null) {
            problems.add(folderProblem);
        } else {
            long free = target.available();
            if (free < needed) {
                problems.add("The backup folder " + request.folder() + " has " + ByteSize.human(free) + " free; the disks of '"
                        + name + "' hold " + ByteSize.human(needed) + ".");
            }
        }
        StoredBackup parent = null;
        if (request.kind() == BackupKind.INCREMENTAL && folderProblem == null) {
            parent = parentProblem(conn, request, target, name, disks, problems);
        }
        return new Result(problems, allV3, parent);
    }

    private static StoredBackup parentProblem(Connect conn, BackupRequest request, BackupTarget place, String name,
                                              BackupDisks disks, List<String> problems) throws LibvirtException {
        Optional<StoredBackup> newest = place.newestOf(request.uuid());
        if (newest.isEmpty()) {
            problems.add("There is no finished backup of '" + name + "' in " + request.folder()
                    + " to build an incremental one on; make a full backup first.");
            return null;
        }
        StoredBackup parent = newest.get();
        String checkpoint = parent.manifest().checkpoint();
        if (checkpoint == null || !NativeBackup.checkpoints(conn, request.uuid()).contains(checkpoint)) {
            problems.add("'" + name + "' no longer has the checkpoint of its last backup (" + parent.name()
                    + "), so the changes since cannot be found; make a full backup.");
            return null;
        }
        List<String> before = parent.manifest().disks().stream().map(BackupManifest.Disk::target).toList();
        for (String target : BackupDisks.targets(disks.copied())) {
            if (!before.contains(target)) {
                problems.add("Disk " + target + " was added after the last backup (" + parent.name()
                        + "); make a full backup.");
            }
        }
        return parent;
    }

    /** A driver without job statistics (libvirt's test driver) runs no job Summit could wait for. */
    private static boolean busy(Connect conn, String uuid) {
        try {
            return NativeMigration.jobStats(conn, uuid, false).type() != NativeMigration.JobStats.NONE;
        } catch (LibvirtException e) {
            return false;
        }
    }

    private static long allocation(Domain guest, DomainDisk disk) {
        try {
            return guest.blockInfo(disk.target()).getAllocation();
        } catch (LibvirtException e) {
            return 0;
        }
    }

    private static String compat(DomainDisk disk) {
        try {
            return QemuImg.qcow2Compat(Path.of(disk.source()));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A disk's qcow2 compat level on another machine, as libvirt's storage reports it: "1.1" (its
     * volume's {@code <compat>}), "0.10" for a qcow2 volume without one (libvirt names no compat
     * for version 2), null for another format or a disk outside every pool (a backup without checkpoint).
     */
    static String volumeCompat(Connect conn, DomainDisk disk) {
        try {
            org.libvirt.StorageVol volume = conn.storageVolLookupByPath(disk.source());
            // A pool keeps the compat level a volume was made with until it re-reads its files.
            volume.storagePoolLookupByVolume().refresh(0);
            volume = conn.storageVolLookupByPath(disk.source());
            org.w3c.dom.Element target = (org.w3c.dom.Element) dev.summit.connectors.xml.XmlTree.parse(volume.getXMLDesc(0))
                    .getElementsByTagName("target").item(0);
            org.w3c.dom.Node format = target == null ? null : target.getElementsByTagName("format").item(0);
            if (format == null || !"qcow2".equals(((org.w3c.dom.Element) format).getAttribute("type"))) {
                return null;
            }
            org.w3c.dom.NodeList compat = target.getElementsByTagName("compat");
            return compat.getLength() == 0 ? "0.10" : compat.item(0).getTextContent().strip();
        } catch (LibvirtException e) {
            return null;
        }
    }

    static boolean isLocal(String uri) {
        try {
            String host = java.net.URI.create(uri).getHost();
            return host == null || host.isEmpty() || host.equals("localhost");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
