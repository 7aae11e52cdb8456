package dev.summit.connectors.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * virDomainBackupBegin, virDomainBackupGetXMLDesc and the checkpoint calls on a guest found by
 * UUID. Progress and abort of the job go through {@link NativeMigration#jobStats} and
 * {@link NativeMigration#abortJob}: a backup is a domain job like a migration.
 */
public final class NativeBackup {
    private NativeBackup() {
    }

    /** Starts the job and returns at once; QEMU copies in the background. */
    public static void begin(Connect conn, String uuid, String backupXml, String checkpointXml) throws LibvirtException {
        withDomain(conn, uuid, "virDomainBackupBegin", domain -> {
            if (BackupLib.LIB.virDomainBackupBegin(domain, backupXml, checkpointXml, 0) < 0) {
                throw NativeErrors.lastError("virDomainBackupBegin");
            }
            return null;
        });
    }

    /** The running backup job's XML, or null when the guest runs none (libvirt then reports an error we drop). */
    public static String runningJobXml(Connect conn, String uuid) throws LibvirtException {
        return withDomain(conn, uuid, "virDomainBackupGetXMLDesc", domain -> {
            Pointer xml = BackupLib.LIB.virDomainBackupGetXMLDesc(domain, 0);
            if (xml == null) {
                return null;
            }
            try {
                return xml.getString(0, StandardCharsets.UTF_8.name());
            } finally {
                BackupLib.Memory.LIB.free(xml);
            }
        });
    }

    /** The names of the guest's checkpoints, in libvirt's order. */
    public static List<String> checkpoints(Connect conn, String uuid) throws LibvirtException {
        return withDomain(conn, uuid, "virDomainListAllCheckpoints", domain -> {
            PointerByReference array = new PointerByReference();
            int count = BackupLib.LIB.virDomainListAllCheckpoints(domain, array, 0);
            if (count < 0) {
                throw NativeErrors.lastError("virDomainListAllCheckpoints");
            }
            List<String> names = new ArrayList<>();
            Pointer handles = array.getValue();
            if (handles == null) {
                return names;
            }
            for (int i = 0; i < count; i++) {
                Pointer checkpoint = handles.getPointer((long) i * Native.POINTER_SIZE);
                names.add(BackupLib.LIB.virDomainCheckpointGetName(checkpoint));
                BackupLib.LIB.virDomainCheckpointFree(checkpoint);
            }
            BackupLib.Memory.LIB.free(handles);
            return names;
        });
    }

    /**
     * Deletes one checkpoint. {@code metadataOnly} is for a guest whose images no longer hold the
     * bitmaps (replaced by a restore); otherwise libvirt removes the bitmaps too, and a later
     * checkpoint of the same name can be made again.
     */
    public static void deleteCheckpoint(Connect conn, String uuid, String name, boolean metadataOnly)
            throws LibvirtException {
        withDomain(conn, uuid, "virDomainCheckpointDelete", domain -> {
            Pointer checkpoint = BackupLib.LIB.virDomainCheckpointLookupByName(domain, name, 0);
            if (checkpoint == null) {
                throw NativeErrors.lastError("virDomainCheckpointLookupByName");
            }
            try {
                if (BackupLib.LIB.virDomainCheckpointDelete(checkpoint,
                        metadataOnly ? BackupLib.CHECKPOINT_DELETE_METADATA_ONLY : 0) < 0) {
                    throw NativeErrors.lastError("virDomainCheckpointDelete");
                }
            } finally {
                BackupLib.LIB.virDomainCheckpointFree(checkpoint);
            }
            return null;
        });
    }

    private static <T> T withDomain(Connect conn, String uuid, String what, NativeDomain.Call<T> call)
            throws LibvirtException {
        return NativeDomain.with(conn, uuid, what, call);
    }
}
