package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.jna.NativeBackup;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneDefinition;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.ops.UndoStack;
import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;

/**
 * Restores a backup. As a new guest: each disk's chain (the full backup and the incremental ones up
 * to the chosen one) is flattened into one new qcow2 v3 volume of the pool, and the backed-up
 * definition is defined with the new name and without UUID and MACs, so libvirt makes new ones.
 * In place: the shut-off guest's images are replaced by the flattened ones, written beside them
 * first and moved over them only when all are written; its checkpoints go, their bitmaps having
 * gone with the old images. The backup's own files are only ever read. On another machine the
 * same is done there through libvirt ({@link HostRestore}).
 */
public final class RestoreBackup {
    private final RestoreRequest request;

    public RestoreBackup(RestoreRequest request) {
        this.request = request;
    }

    public List<String> precheck() throws BackupFailed {
        try (OwnConnection own = new OwnConnection(request.uri());
             BackupSource source = BackupSource.of(request.uri(), own.conn)) {
            return RestorePrecheck.problems(own.conn, request, source).problems();
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not check the restore: " + LibvirtFailure.reason(e) + ".", e);
        }
    }

    /** {@link #run} on a thread of its own. */
    public CompletableFuture<String> start(OperationProgress progress, CancelSignal cancel) {
        return BackgroundRun.start("restore " + request.backup().getFileName(), () -> run(progress, cancel));
    }

    /** @return the name of the guest that now has the backup's disks */
    public String run(OperationProgress progress, CancelSignal cancel) throws BackupFailed {
        try (OwnConnection own = new OwnConnection(request.uri());
             BackupSource source = BackupSource.of(request.uri(), own.conn)) {
            RestorePrecheck.Result checked = RestorePrecheck.problems(own.conn, request, source);
            if (!checked.problems().isEmpty()) {
                throw new BackupFailed(String.join(" ", checked.problems()));
            }
            UndoStack undo = new UndoStack();
            try {
                if (source instanceof HostBackupSource onHost) {
                    HostRestore host = new HostRestore(own.conn, request, onHost);
                    return request.inPlace() ? host.inPlace(checked, undo, progress, cancel)
                            : host.asNewGuest(checked, undo, progress, cancel);
                }
                return request.inPlace() ? inPlace(own.conn, checked, undo, progress, cancel)
                        : asNewGuest(own.conn, checked, undo, progress, cancel);
            } catch (BackupFailed | LibvirtException | IOException | RuntimeException e) {
                List<String> left = undo.unwind();
                String why = e instanceof LibvirtException l ? LibvirtFailure.reason(l) + "." : e.getMessage();
                throw new BackupFailed("Could not restore " + request.backup().getFileName() + ": " + why
                        + (left.isEmpty() ? " Nothing was changed." : " Left behind: " + String.join(", ", left) + "."), e);
            }
        } catch (LibvirtException e) {
            throw new BackupFailed("Could not restore: " + LibvirtFailure.reason(e) + ".", e);
        }
    }

    private String asNewGuest(Connect conn, RestorePrecheck.Result checked, UndoStack undo, OperationProgress progress,
                              CancelSignal cancel) throws BackupFailed, LibvirtException, IOException {
        String poolName = request.pool() == null ? DefaultPool.NAME : request.pool();
        if (DefaultPool.NAME.equals(poolName) && !DefaultPool.exists(conn)) {
            DefaultPool.ensure(conn);
        }
        StoragePool pool = conn.storagePoolLookupByName(poolName);
        PoolSummary summary = StoragePools.pool(conn, poolName);
        CloneDefinition definition = CloneDefinition.of(new LocalBackupSource().definition(request.backup()));
        List<BackupManifest.Disk> disks = checked.backup().manifest().disks();
        for (int i = 0; i < disks.size(); i++) {
            BackupManifest.Disk disk = disks.get(i);
            cancelled(cancel);
            Path out = Path.of(summary.targetPath(), volumeName(disk));
            undo.push("volume " + out, () -> deleteVolume(pool, out));
            flatten(checked, disk, out, i, disks.size(), progress);
            pool.refresh(0);
            CloneDefinition.WritableDisk written = definition.writableDisks().stream()
                    .filter(d -> d.target().equals(disk.target())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the backed-up definition has no disk " + disk.target()));
            definition.pointDiskAt(written, out.toString());
        }
        cancelled(cancel);
        // A fresh UEFI variable store from the firmware's template: the source's belongs to the source.
        definition.pointNvramAt(null);
        Domain guest = conn.domainDefineXML(dev.summit.connectors.xml.XmlTree.serialize(definition.forNewGuest(request.newName())));
        undo.push("definition " + request.newName(), guest::undefine);
        progress.report(1, 0, "Restored as " + request.newName());
        return request.newName();
    }

    private String inPlace(Connect conn, RestorePrecheck.Result checked, UndoStack undo, OperationProgress progress,
                           CancelSignal cancel) throws BackupFailed, LibvirtException, IOException {
        Domain guest = checked.guest();
        List<BackupManifest.Disk> disks = checked.backup().manifest().disks();
        List<Path[]> moves = new ArrayList<>();
        for (int i = 0; i < disks.size(); i++) {
            BackupManifest.Disk disk = disks.get(i);
            cancelled(cancel);
            Path image = Path.of(checked.currentSources().get(disk.target()));
            Path fresh = image.resolveSibling(image.getFileName() + ".summit-restore");
            undo.push("file " + fresh, () -> deleteFile(fresh));
            flatten(checked, disk, fresh, i, disks.size(), progress);
            copyOwnership(image, fresh);
            moves.add(new Path[] {fresh, image});
        }
        cancelled(cancel);
        // From here on the guest's images are replaced: no more undo, and no cancel.
        for (String checkpoint : NativeBackup.checkpoints(conn, guest.getUUIDString())) {
            NativeBackup.deleteCheckpoint(conn, guest.getUUIDString(), checkpoint, true);
        }
        for (Path[] move : moves) {
            Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        refreshPools(conn);
        progress.report(1, 0, "Restored " + guest.getName() + " in place");
        return guest.getName();
    }

    private void flatten(RestorePrecheck.Result checked, BackupManifest.Disk disk, Path out, int index, int count,
                         OperationProgress progress) throws IOException {
        List<Path> chain = checked.chain().stream().map(b -> b.folder().resolve(disk.file())).toList();
        progress.report((double) index / count, 0, "Restoring disk " + disk.target());
        QemuImg.flatten(chain, out, f -> progress.report((index + f) / count, 0,
                "Restoring disk " + disk.target() + " (" + Math.round(f * 100) + " %)"));
    }

    private String volumeName(BackupManifest.Disk disk) {
        return volumeName(request.newName(), disk.target());
    }

    static String volumeName(String newName, String target) {
        return newName + "-" + target + ".qcow2";
    }

    static void cancelled(CancelSignal cancel) throws BackupFailed {
        if (cancel.isCancelled()) {
            throw new BackupFailed("Cancelled.");
        }
    }

    private static void deleteVolume(StoragePool pool, Path file) throws LibvirtException {
        deleteFile(file);
        pool.refresh(0);
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The restored image takes the owner and mode of the one it replaces (libvirt may relabel it at start anyway). */
    private static void copyOwnership(Path from, Path to) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class);
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        view.setPermissions(attributes.permissions());
        view.setOwner(attributes.owner());
        view.setGroup(attributes.group());
    }

    private static void refreshPools(Connect conn) {
        try {
            for (String name : conn.listStoragePools()) {
                conn.storagePoolLookupByName(name).refresh(0);
            }
        } catch (LibvirtException e) {
            // Sizes in a pool's listing catch up at its next refresh; the restore itself is done.
        }
    }
}
