package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.StorageVol;

/**
 * Grows a volume. Shrinking is refused (it would cut off whatever the guest wrote at the end), and
 * so is growing the image of a running guest behind its back: `summit disk resize` does that live,
 * through the guest, so it sees the new size.
 */
public final class ResizeVolume {
    private ResizeVolume() {
    }

    public static CompletableFuture<VolumeSummary> run(HostSession host, String pool, String name, long bytes) {
        return host.submit("resize volume", name, conn -> {
            StorageVol volume = conn.storagePoolLookupByName(pool).storageVolLookupByName(name);
            VolumeSummary before = VolumeXmlReader.read(pool, volume.getXMLDesc(0));
            if (bytes <= 0) {
                throw new HostOperationException("Could not resize '" + name + "': the size must be more than zero.");
            }
            if (bytes < before.capacity()) {
                throw new HostOperationException("Could not resize '" + name + "': it is " + before.capacity()
                        + " bytes and shrinking it to " + bytes + " would cut off data; volumes only grow.");
            }
            List<String> running = new ArrayList<>();
            for (String user : VolumeUsers.read(conn).disksOf(before)) {
                if (conn.domainLookupByName(user).isActive() == 1) {
                    running.add(user);
                }
            }
            if (!running.isEmpty()) {
                throw new HostOperationException("Could not resize '" + name + "': running " + VolumeUsers.guests(running)
                        + " has it open; grow it through the guest instead (summit disk resize).");
            }
            if (bytes > before.capacity()) {
                volume.resize(bytes, 0);
            }
            return VolumeXmlReader.read(pool, volume.getXMLDesc(0));
        });
    }
}
