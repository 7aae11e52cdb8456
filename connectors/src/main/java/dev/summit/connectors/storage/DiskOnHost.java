package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.ImportedDisk;
import dev.summit.connectors.ops.OperationProgress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * An existing disk image of this machine copied into a pool of the host, for a new guest to boot:
 * what makes an image usable on a remote host, and keeps the user's own file out of the guest's
 * hands on a local one. The copy is the guest's (deleting the guest may delete it); the original is
 * never touched.
 *
 * @param disk the copy on the host, with the original's format and virtual size
 */
public record DiskOnHost(ImportedDisk disk, String pool, String volume) {

    /** Named after the guest: {@code <guest>.qcow2} or {@code <guest>.img}. */
    public static String volumeName(String guestName, ImportedDisk original) {
        return guestName + ("qcow2".equals(original.format()) ? ".qcow2" : ".img");
    }

    public static CompletableFuture<DiskOnHost> copy(HostSession session, ImportedDisk original, String guestName, String pool,
                                                     OperationProgress progress, CancelSignal cancel) {
        String name = volumeName(guestName, original);
        // Unlike an ISO, a disk is never shared: a volume of that name already there is someone else's.
        return session.submit("check", name, conn -> {
            if (DefaultPool.NAME.equals(pool)) {
                DefaultPool.ensure(conn); // a new host has none until a tool makes it
            }
            StorageVol existing;
            try {
                existing = conn.storagePoolLookupByName(pool).storageVolLookupByName(name);
            } catch (LibvirtException e) {
                return null;
            }
            throw new HostOperationException("Pool '" + pool + "' already has a volume '" + existing.getName()
                    + "'; choose another name for the guest or delete that volume.");
        }).thenCompose(x -> VolumeUpload.upload(session, original.path(), pool, name, progress, cancel)).thenApply(uploaded ->
                new DiskOnHost(new ImportedDisk(Path.of(uploaded.volume().path()), original.format(), original.bytes()), pool,
                        name));
    }

    /** Removes the copy, after creating the guest failed. */
    public CompletableFuture<Void> undo(HostSession session) {
        return StoragePools.deleteVolume(session, pool, volume).handle((ok, ignored) -> null);
    }
}
