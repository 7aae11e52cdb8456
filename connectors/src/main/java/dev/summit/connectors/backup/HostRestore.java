package dev.summit.connectors.backup;

import dev.summit.connectors.jna.NativeBackup;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneDefinition;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.ops.UndoStack;
import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;

/**
 * A restore from a folder of another machine, done there through libvirt: the backup's images are
 * read as volumes of transient pools ({@link HostBackupSource}) and the new images are volumes
 * made by libvirt ({@link HostImages}). As a new guest, into the chosen pool; in place, beside the
 * guest's old images, which go only once its definition points at the new ones ({@link HostDiskSwap}).
 */
final class HostRestore {
    private final Connect conn;
    private final RestoreRequest request;
    private final HostBackupSource source;

    HostRestore(Connect conn, RestoreRequest request, HostBackupSource source) {
        this.conn = conn;
        this.request = request;
        this.source = source;
    }

    String asNewGuest(RestorePrecheck.Result checked, UndoStack undo, OperationProgress progress, CancelSignal cancel)
            throws BackupFailed, LibvirtException, IOException {
        String poolName = request.pool() == null ? DefaultPool.NAME : request.pool();
        if (DefaultPool.NAME.equals(poolName) && !DefaultPool.exists(conn)) {
            DefaultPool.ensure(conn);
        }
        StoragePool pool = conn.storagePoolLookupByName(poolName);
        CloneDefinition definition = CloneDefinition.of(source.definition(request.backup()));
        List<BackupManifest.Disk> disks = checked.backup().manifest().disks();
        for (int i = 0; i < disks.size(); i++) {
            BackupManifest.Disk disk = disks.get(i);
            RestoreBackup.cancelled(cancel);
            StorageVol made = flatten(checked, disk, pool, RestoreBackup.volumeName(request.newName(), disk.target()),
                    i, disks.size(), progress);
            undo.push("volume " + made.getPath(), () -> made.delete(0));
            CloneDefinition.WritableDisk written = definition.writableDisks().stream()
                    .filter(d -> d.target().equals(disk.target())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the backed-up definition has no disk " + disk.target()));
            definition.pointDiskAt(written, made.getPath());
        }
        RestoreBackup.cancelled(cancel);
        definition.pointNvramAt(null);
        Domain guest = conn.domainDefineXML(XmlTree.serialize(definition.forNewGuest(request.newName())));
        undo.push("definition " + request.newName(), guest::undefine);
        progress.report(1, 0, "Restored as " + request.newName());
        return request.newName();
    }

    String inPlace(RestorePrecheck.Result checked, UndoStack undo, OperationProgress progress, CancelSignal cancel)
            throws BackupFailed, LibvirtException, IOException {
        Domain guest = checked.guest();
        HostDiskSwap swap = new HostDiskSwap(conn, guest);
        undo.push("the new images of " + guest.getName(), swap::discard);
        List<BackupManifest.Disk> disks = checked.backup().manifest().disks();
        for (int i = 0; i < disks.size(); i++) {
            BackupManifest.Disk disk = disks.get(i);
            RestoreBackup.cancelled(cancel);
            StorageVol current = HostDiskSwap.volumeOf(conn, checked.currentSources().get(disk.target()));
            StorageVol made = flatten(checked, disk, swap.poolOf(current), swap.freshName(current, "restored"),
                    i, disks.size(), progress);
            swap.replace(disk.target(), current, made);
        }
        RestoreBackup.cancelled(cancel);
        // From here on the guest's disks are replaced: no more undo, and no cancel.
        for (String checkpoint : NativeBackup.checkpoints(conn, guest.getUUIDString())) {
            NativeBackup.deleteCheckpoint(conn, guest.getUUIDString(), checkpoint, true);
        }
        List<String> kept = swap.commit();
        progress.report(1, 0, "Restored " + guest.getName() + " in place"
                + (kept.isEmpty() ? "" : "; its old images could not be deleted: " + String.join(", ", kept)));
        return guest.getName();
    }

    private StorageVol flatten(RestorePrecheck.Result checked, BackupManifest.Disk disk, StoragePool pool, String name,
                               int index, int count, OperationProgress progress) throws LibvirtException, IOException {
        List<StorageVol> chain = new ArrayList<>();
        for (StoredBackup link : checked.chain()) {
            chain.add(source.volume(link.folder(), disk.file()));
        }
        progress.report((double) index / count, 0, "Restoring disk " + disk.target());
        return HostImages.flatten(conn, pool, name, chain, disk.virtualSize(), f -> progress.report((index + f) / count, 0,
                "Restoring disk " + disk.target() + " (" + Math.round(f * 100) + " %)"));
    }
}
