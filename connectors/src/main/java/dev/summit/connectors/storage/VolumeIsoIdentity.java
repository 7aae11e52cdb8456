package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.osinfo.IsoIdentity;
import dev.summit.connectors.osinfo.NotAnIsoException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;
import org.libvirt.Stream;

/**
 * The ISO-9660 identity of a volume on the host, read through a libvirt stream: only the 2 KiB
 * primary volume descriptor travels, so the OS of an ISO in a remote host's pool is detected as
 * quickly as a local file's.
 */
public final class VolumeIsoIdentity {
    private VolumeIsoIdentity() {
    }

    public static CompletableFuture<IsoIdentity> read(HostSession host, String volumePath) {
        return host.submit("read the volume id of", volumePath, conn -> {
            try {
                return read(conn, volumePath);
            } catch (NotAnIsoException e) {
                throw new HostOperationException(e.getMessage(), e);
            }
        });
    }

    /** Call on the thread that owns {@code conn}. */
    public static IsoIdentity read(Connect conn, String volumePath) throws LibvirtException, NotAnIsoException {
        StorageVol volume = conn.storageVolLookupByPath(volumePath);
        if (volume.getInfo().capacity < IsoIdentity.DESCRIPTOR_START + IsoIdentity.DESCRIPTOR_LENGTH) {
            throw new NotAnIsoException(Path.of(volumePath));
        }
        Stream stream = conn.streamNew(0);
        byte[] descriptor = new byte[IsoIdentity.DESCRIPTOR_LENGTH];
        int filled = 0;
        try {
            volume.download(stream, IsoIdentity.DESCRIPTOR_START, IsoIdentity.DESCRIPTOR_LENGTH, 0);
            byte[] chunk = new byte[IsoIdentity.DESCRIPTOR_LENGTH];
            int got;
            while (filled < descriptor.length && (got = stream.receive(chunk)) > 0) {
                int take = Math.min(got, descriptor.length - filled);
                System.arraycopy(chunk, 0, descriptor, filled, take);
                filled += take;
            }
            stream.finish();
        } catch (LibvirtException | RuntimeException e) {
            stream.abort();
            throw e;
        }
        return IsoIdentity.fromDescriptor(java.util.Arrays.copyOf(descriptor, filled), Path.of(volumePath));
    }
}
