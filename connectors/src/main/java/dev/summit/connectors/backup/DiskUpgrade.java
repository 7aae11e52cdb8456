package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Incremental backups keep a persistent bitmap in each image, which qcow2 version 2 (compat 0.10)
 * cannot hold. A shut-off guest's v2 images on this machine are upgraded in place
 * ({@code qemu-img amend}); the data is not moved. On another machine, where libvirt offers no
 * amend, each image is copied as v3 beside the old one by libvirt ({@link HostDiskSwap}), the guest
 * is pointed at the copy and the old image deleted — so the image's file name changes, and a guest
 * with snapshots is refused (a copy would lose the internal ones and flatten the external ones).
 */
public final class DiskUpgrade {
    private DiskUpgrade() {
    }

    /** The guest's backed-up images that are qcow2 v2. */
    public static List<String> oldImages(String uri, String uuid) throws BackupFailed {
        try (OwnConnection own = new OwnConnection(uri)) {
            return oldImages(own, uuid, BackupPrecheck.isLocal(uri));
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not read the guest's disks: " + LibvirtFailure.reason(e) + ".", e);
        } catch (IOException e) {
            throw new BackupFailed("Could not read the guest's disks: " + e.getMessage(), e);
        }
    }

    private static List<String> oldImages(OwnConnection own, String uuid, boolean local) throws LibvirtException, IOException {
        Domain guest = own.conn.domainLookupByUUIDString(uuid);
        List<String> old = new ArrayList<>();
        for (DomainDisk disk : new BackupDisks(guest.getXMLDesc(0)).copied()) {
            String compat = local ? QemuImg.qcow2Compat(Path.of(disk.source())) : BackupPrecheck.volumeCompat(own.conn, disk);
            if ("0.10".equals(compat)) {
                old.add(disk.source());
            }
        }
        return old;
    }

    /** Upgrades every v2 image of a shut-off guest to v3; refused while it runs. Returns the images upgraded. */
    public static List<String> upgrade(String uri, String uuid) throws BackupFailed {
        boolean local = BackupPrecheck.isLocal(uri);
        try (OwnConnection own = new OwnConnection(uri)) {
            List<String> old = oldImages(own, uuid, local);
            Domain guest = own.conn.domainLookupByUUIDString(uuid);
            if (guest.isActive() == 1) {
                throw new BackupFailed("'" + guest.getName() + "' is running; shut it off to upgrade its disks to qcow2 v3.");
            }
            if (local) {
                for (String image : old) {
                    QemuImg.upgradeToV3(Path.of(image));
                }
                return old;
            }
            return old.isEmpty() ? old : onHost(own, guest, old);
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not upgrade the disks: " + LibvirtFailure.reason(e) + ".", e);
        } catch (IOException e) {
            throw new BackupFailed("Could not upgrade the disks: " + e.getMessage(), e);
        }
    }

    /** The v3 copies made on the other machine, which the guest now uses. */
    private static List<String> onHost(OwnConnection own, Domain guest, List<String> old) throws BackupFailed, LibvirtException {
        String name = guest.getName();
        if (guest.snapshotNum() > 0) {
            throw new BackupFailed("'" + name + "' has snapshots: on another machine Summit can upgrade a disk to qcow2 v3"
                    + " only by copying it, which would lose them. Delete the snapshots first, or upgrade on the host"
                    + " itself: qemu-img amend -o compat=1.1 IMAGE.");
        }
        List<StorageVol> volumes = new ArrayList<>();
        for (String image : old) {
            StorageVol volume;
            try {
                volume = HostDiskSwap.volumeOf(own.conn, image);
            } catch (LibvirtException e) {
                throw new BackupFailed("The image " + image + " of '" + name + "' is in no storage pool of "
                        + own.conn.getHostName() + ", which Summit needs to upgrade it on another machine.", e);
            }
            // libvirt writes <backingStore> into a volume's XML only for an image that has a backing file.
            if (XmlTree.parse(volume.getXMLDesc(0)).getElementsByTagName("backingStore").getLength() > 0) {
                throw new BackupFailed("The image " + image + " of '" + name + "' has a backing file; a copy would merge it.");
            }
            volumes.add(volume);
        }
        HostDiskSwap swap = new HostDiskSwap(own.conn, guest);
        List<DomainDisk> disks = new BackupDisks(guest.getXMLDesc(0)).copied();
        List<String> made = new ArrayList<>();
        try {
            for (int i = 0; i < volumes.size(); i++) {
                StorageVol volume = volumes.get(i);
                String image = old.get(i);
                String target = disks.stream().filter(d -> image.equals(d.source())).findFirst().orElseThrow().target();
                StorageVol copy = HostImages.copyOnHost(swap.poolOf(volume), swap.freshName(volume, "v3"), volume, 0);
                swap.replace(target, volume, copy);
                made.add(copy.getPath());
            }
        } catch (LibvirtException | RuntimeException e) {
            swap.discard();
            throw e;
        }
        swap.commit();
        return made;
    }
}
