package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.xml.DomainDisk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/** Which other guest of the host has an image as a disk or builds on it. */
final class DiskUsers {
    private DiskUsers() {
    }

    /**
     * The reason another guest stands in the way of {@code path} ("used by 'fuji' as vdb", "the base
     * image of 'fuji'"), or null when none does. Volume references of the others are resolved to paths.
     */
    static String otherUse(EditContext context, Connect conn, String path) {
        for (Definition other : context.otherGuests().get()) {
            String name = Definition.childText(other.root(), "name");
            for (DiskDevice disk : new DiskDevices(other).all()) {
                if (path.equals(pathOf(conn, disk))) {
                    return "guest '" + name + "' uses it as " + disk.target();
                }
                if (disk.backingFiles().contains(path)) {
                    return "guest '" + name + "' builds on it";
                }
            }
        }
        return null;
    }

    /** The other guests' disks by guest name, as the delete rules ({@code DiskOwnership}) take them. */
    static Map<String, List<DomainDisk>> others(EditContext context) {
        Map<String, List<DomainDisk>> others = new LinkedHashMap<>();
        for (Definition other : context.otherGuests().get()) {
            others.put(Definition.childText(other.root(), "name"),
                    new DiskDevices(other).all().stream().map(DiskDevice::summary).toList());
        }
        return others;
    }

    /** The disk's file or device path; a volume reference is looked up in its pool. */
    static String pathOf(Connect conn, DiskDevice disk) {
        if (disk.sourcePool() == null) {
            return disk.sourcePath();
        }
        try {
            StorageVol volume = conn.storagePoolLookupByName(disk.sourcePool()).storageVolLookupByName(disk.sourceVolume());
            return volume.getPath();
        } catch (LibvirtException e) {
            return disk.source();
        }
    }
}
