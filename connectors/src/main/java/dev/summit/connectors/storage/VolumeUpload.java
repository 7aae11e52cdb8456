package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.Stream;

/**
 * Copies a file on this machine into a pool on the host as a raw volume, through a libvirt stream,
 * so an ISO that only exists on the workstation can boot a guest on a remote host. A volume of the
 * same name and size already there is reused; a cancel or a failure removes the partial volume.
 */
public final class VolumeUpload {
    private static final int CHUNK = 1 << 20;

    private VolumeUpload() {
    }

    /** What arrived in the pool, and whether it was already there. */
    public record Uploaded(VolumeSummary volume, boolean reused) {
    }

    /** The failure a cancel ends with; the partial volume is already gone. */
    public static final class Cancelled extends RuntimeException {
        Cancelled(String message) {
            super(message);
        }
    }

    /**
     * Runs on the host's worker, which it holds for the whole copy: the stream is tied to the
     * connection that worker owns.
     */
    public static CompletableFuture<Uploaded> upload(HostSession host, Path file, String pool, String volumeName,
                                                     OperationProgress progress, CancelSignal cancel) {
        return host.submit("upload", volumeName, conn -> copy(host, conn, file, pool, volumeName, progress, cancel));
    }

    private static Uploaded copy(HostSession host, Connect conn, Path file, String poolName, String volumeName,
                                 OperationProgress progress, CancelSignal cancel) throws LibvirtException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new HostOperationException("Could not upload " + file + ": it cannot be read (" + e.getMessage() + ").", e);
        }
        StoragePool pool = conn.storagePoolLookupByName(poolName);
        pool.refresh(0);
        StorageVol existing = find(pool, volumeName);
        if (existing != null) {
            if (existing.getInfo().capacity == size) {
                progress.report(1, size, volumeName + " is already in pool " + poolName);
                return new Uploaded(summary(conn, poolName, volumeName), true);
            }
            throw new HostOperationException("Pool '" + poolName + "' already has a volume '" + volumeName
                    + "' of another size; delete it or rename the file.");
        }
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", volumeName);
        xml.addText(xml.root(), "capacity", String.valueOf(size)).setAttribute("unit", "bytes");
        xml.add(xml.add(xml.root(), "target"), "format").setAttribute("type", "raw");
        StorageVol volume = pool.storageVolCreateXML(xml.serialize(), 0);
        Stream stream = null;
        try {
            stream = conn.streamNew(0);
            volume.upload(stream, 0, size, 0);
            send(stream, file, size, volumeName, progress, cancel);
            stream.finish();
            progress.report(1, size, volumeName + " uploaded to pool " + poolName);
            return new Uploaded(summary(conn, poolName, volumeName), false);
        } catch (LibvirtException | IOException | RuntimeException e) {
            abort(stream);
            boolean removed = deleteQuietly(volume);
            if (!removed) {
                // The link broke: the partial volume goes as soon as the host answers again.
                host.whenConnected("remove the partial upload " + volumeName, c -> removeIfThere(c, poolName, volumeName));
            }
            if (e instanceof Cancelled cancelled) {
                throw cancelled;
            }
            String reason = e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
            throw new HostOperationException("Could not upload " + file.getFileName() + " to pool '" + poolName + "' ("
                    + reason + "); " + (removed ? "the partial volume was removed."
                    : "the partial volume is removed as soon as the host answers again."), e);
        }
    }

    private static void send(Stream stream, Path file, long size, String volumeName, OperationProgress progress,
                             CancelSignal cancel) throws IOException, LibvirtException {
        byte[] buffer = new byte[CHUNK];
        long sent = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (cancel.isCancelled()) {
                    throw new Cancelled("Cancelled uploading " + volumeName + "; the partial volume was removed.");
                }
                byte[] chunk = read == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, read);
                int offset = 0;
                while (offset < read) {
                    // virStreamSend may take fewer bytes than offered; send the rest until the chunk is gone.
                    byte[] rest = offset == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, offset, read);
                    int taken = stream.send(rest);
                    if (taken < 0) {
                        throw new IOException("the stream refused the data");
                    }
                    offset += taken;
                }
                sent += read;
                progress.report(size == 0 ? 1 : sent / (double) size, sent, "Uploading " + volumeName);
            }
        }
    }

    private static StorageVol find(StoragePool pool, String name) {
        try {
            return pool.storageVolLookupByName(name);
        } catch (LibvirtException e) {
            return null;
        }
    }

    private static VolumeSummary summary(Connect conn, String pool, String name) throws LibvirtException {
        return StoragePools.volumes(conn, pool).stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new HostOperationException("The volume '" + name + "' vanished from pool '" + pool + "'."));
    }

    private static void abort(Stream stream) {
        if (stream != null) {
            try {
                stream.abort();
            } catch (LibvirtException ignored) {
                // The stream may already be closed by the failure; the volume's deletion is what matters.
            }
        }
    }

    /** @return false when the host could not be asked (the connection broke) */
    private static boolean deleteQuietly(StorageVol volume) {
        try {
            volume.delete(0);
            return true;
        } catch (LibvirtException e) {
            return false;
        }
    }

    private static Void removeIfThere(Connect conn, String pool, String name) throws LibvirtException {
        StoragePool found = conn.storagePoolLookupByName(pool);
        found.refresh(0);
        StorageVol partial = find(found, name);
        if (partial != null) {
            partial.delete(0);
        }
        return null;
    }
}
