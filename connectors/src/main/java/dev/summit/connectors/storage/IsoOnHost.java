package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Gets the chosen ISO where the host can open it (for the wizard and {@code summit create} alike). A local host reads the workstation's file
 * directly; a remote one gets it uploaded into the guest's pool first (or reuses the copy there).
 *
 * @param hostPath     the ISO's path on the host
 * @param uploadedPool the pool of a volume this wizard uploaded (to remove if creating fails), else null
 */
public record IsoOnHost(String hostPath, String uploadedPool, String uploadedName) {

    /** True when libvirt reaches the host over the network: its URI names a host. */
    public static boolean isRemote(String uri) {
        try {
            return new URI(uri).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static CompletableFuture<IsoOnHost> prepare(HostSession session, Path iso, String pool, OperationProgress progress,
                                                CancelSignal cancel) {
        if (iso == null) {
            return CompletableFuture.completedFuture(new IsoOnHost(null, null, null));
        }
        if (!isRemote(session.uri())) {
            return CompletableFuture.completedFuture(new IsoOnHost(iso.toAbsolutePath().toString(), null, null));
        }
        String name = iso.getFileName().toString();
        return VolumeUpload.upload(session, iso, pool, name, progress, cancel).thenApply(uploaded ->
                new IsoOnHost(uploaded.volume().path(), uploaded.reused() ? null : pool, uploaded.reused() ? null : name));
    }

    /**
     * The same, into the host's {@code default} pool, made first when the host has none (a new
     * libvirt has none): for an image put into a drive of a guest that already exists.
     */
    public static CompletableFuture<IsoOnHost> prepareInDefaultPool(HostSession session, Path iso, String guestName,
                                                                     OperationProgress progress, CancelSignal cancel) {
        if (!isRemote(session.uri())) {
            return prepare(session, iso, DefaultPool.NAME, progress, cancel);
        }
        return session.submit("make the default pool", guestName, DefaultPool::ensure)
                .thenCompose(ensured -> prepare(session, iso, DefaultPool.NAME, progress, cancel));
    }

    /** Removes the volume this wizard uploaded, after creating the guest failed; a reused one stays. */
    public CompletableFuture<Void> undo(HostSession session) {
        return uploadedPool == null ? CompletableFuture.completedFuture(null)
                : StoragePools.deleteVolume(session, uploadedPool, uploadedName);
    }
}
