package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Deletes a volume, by the Delete rules: never one a guest's definition uses as a disk, nor one a
 * guest's disk builds on as a backing image, nor the backing image of another volume of its pool
 * (an inactive guest's definition does not show its disk's chain). Refused with the names.
 */
public final class DeleteVolume {
    private DeleteVolume() {
    }

    public static CompletableFuture<Void> run(HostSession host, String pool, String name) {
        return host.submit("delete volume", name, conn -> {
            delete(conn, pool, name);
            return null;
        });
    }

    static void delete(Connect conn, String pool, String name) throws LibvirtException {
        StorageVol volume = conn.storagePoolLookupByName(pool).storageVolLookupByName(name);
        VolumeSummary summary = VolumeXmlReader.read(pool, volume.getXMLDesc(0));
        VolumeUsers users = VolumeUsers.read(conn);
        List<String> disks = users.disksOf(summary);
        if (!disks.isEmpty()) {
            throw new HostOperationException("Could not delete '" + name + "': it is a disk of " + VolumeUsers.guests(disks) + ".");
        }
        List<String> builtOn = users.builtOn(summary);
        if (!builtOn.isEmpty()) {
            throw new HostOperationException("Could not delete '" + name + "': it is the backing image of the disks of "
                    + VolumeUsers.guests(builtOn) + ".");
        }
        List<String> overlays = StoragePools.volumes(conn, pool).stream()
                .filter(v -> summary.path().equals(v.backing())).map(VolumeSummary::name).toList();
        if (!overlays.isEmpty()) {
            throw new HostOperationException("Could not delete '" + name + "': it is the backing image of volume"
                    + (overlays.size() == 1 ? " '" : "s '") + String.join("', '", overlays) + "'; delete "
                    + (overlays.size() == 1 ? "that" : "those") + " first.");
        }
        volume.delete(0);
    }
}
