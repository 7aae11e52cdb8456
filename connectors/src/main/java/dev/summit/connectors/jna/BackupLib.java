package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** libvirt's backup-job and checkpoint calls (libvirt 6.0+); libvirt-java 0.5.4 lacks them. */
interface BackupLib extends Library {
    BackupLib LIB = Native.load("virt", BackupLib.class);

    /** virDomainCheckpointDelete flag: forget the checkpoint but leave its bitmaps in the images. */
    int CHECKPOINT_DELETE_METADATA_ONLY = 2;

    /** Starts a push-mode backup job (and, with {@code checkpointXml}, a checkpoint); 0 or -1. */
    int virDomainBackupBegin(Pointer domain, String backupXml, String checkpointXml, int flags);

    /** The running backup job's XML (malloc'd), or null when none runs. */
    Pointer virDomainBackupGetXMLDesc(Pointer domain, int flags);

    /** Returns the count and a malloc'd array of checkpoint handles (free each, then the array), or -1. */
    int virDomainListAllCheckpoints(Pointer domain, PointerByReference checkpoints, int flags);

    /** Owned by the checkpoint object: JNA copies it. */
    String virDomainCheckpointGetName(Pointer checkpoint);

    Pointer virDomainCheckpointLookupByName(Pointer domain, String name, int flags);

    int virDomainCheckpointDelete(Pointer checkpoint, int flags);

    int virDomainCheckpointFree(Pointer checkpoint);

    /** The C library's free, for strings and arrays libvirt allocated with malloc (it exports no free of its own). */
    interface Memory extends Library {
        Memory LIB = Native.load("c", Memory.class);

        void free(Pointer pointer);
    }
}
