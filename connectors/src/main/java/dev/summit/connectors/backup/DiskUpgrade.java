package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.xml.DomainDisk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Incremental backups keep a persistent bitmap in each image, which qcow2 version 2 (compat 0.10)
 * cannot hold. A shut-off guest's v2 images can be upgraded in place ({@code qemu-img amend}); the
 * data is not moved.
 */
public final class DiskUpgrade {
    private DiskUpgrade() {
    }

    /** The guest's backed-up images that are qcow2 v2. */
    public static List<String> oldImages(String uri, String uuid) throws BackupFailed {
        try (OwnConnection own = new OwnConnection(uri)) {
            Domain guest = own.conn.domainLookupByUUIDString(uuid);
            List<String> old = new ArrayList<>();
            for (DomainDisk disk : new BackupDisks(guest.getXMLDesc(0)).copied()) {
                if ("0.10".equals(QemuImg.qcow2Compat(Path.of(disk.source())))) {
                    old.add(disk.source());
                }
            }
            return old;
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not read the guest's disks: " + LibvirtFailure.reason(e) + ".", e);
        } catch (IOException e) {
            throw new BackupFailed("Could not read the guest's disks: " + e.getMessage(), e);
        }
    }

    /** Upgrades every v2 image of a shut-off guest to v3; refused while it runs. Returns the images upgraded. */
    public static List<String> upgrade(String uri, String uuid) throws BackupFailed {
        List<String> old = oldImages(uri, uuid);
        try (OwnConnection own = new OwnConnection(uri)) {
            Domain guest = own.conn.domainLookupByUUIDString(uuid);
            if (guest.isActive() == 1) {
                throw new BackupFailed("'" + guest.getName() + "' is running; shut it off to upgrade its disks to qcow2 v3.");
            }
            for (String image : old) {
                QemuImg.upgradeToV3(Path.of(image));
            }
            return old;
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not upgrade the disks: " + LibvirtFailure.reason(e) + ".", e);
        } catch (IOException e) {
            throw new BackupFailed("Could not upgrade the disks: " + e.getMessage(), e);
        }
    }
}
