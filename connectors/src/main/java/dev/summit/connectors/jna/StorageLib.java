package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Storage calls libvirt-java 0.5.4 lacks or makes slow: listing a pool's volumes in one round trip,
 * and sparse download streams (virStreamRecvFlags / virStreamRecvHole).
 */
interface StorageLib extends Library {
    StorageLib LIB = Native.load("virt", StorageLib.class);

    /** virStorageVolDownloadFlags: holes travel as holes instead of runs of zeros. */
    int VOL_DOWNLOAD_SPARSE_STREAM = 1;
    /** virStreamRecvFlagsValues: stop before a hole so virStreamRecvHole can report its length. */
    int STREAM_RECV_STOP_AT_HOLE = 1;
    /** virStreamRecvFlags' answer when the stream is at a hole. */
    int RECV_AT_HOLE = -3;

    /** Returns a string the caller frees, or null (libvirt before 5.2, or a driver without storage). */
    Pointer virConnectGetStoragePoolCapabilities(Pointer conn, int flags);

    Pointer virStoragePoolLookupByName(Pointer conn, String name);

    int virStoragePoolListAllVolumes(Pointer pool, PointerByReference volumes, int flags);

    /** Returns a string the caller frees. */
    Pointer virStorageVolGetXMLDesc(Pointer volume, int flags);

    Pointer virStorageVolLookupByName(Pointer pool, String name);

    int virStorageVolFree(Pointer volume);

    int virStoragePoolFree(Pointer pool);

    Pointer virStreamNew(Pointer conn, int flags);

    int virStorageVolDownload(Pointer volume, Pointer stream, long offset, long length, int flags);

    int virStreamRecvFlags(Pointer stream, byte[] data, NativeLong nbytes, int flags);

    int virStreamRecvHole(Pointer stream, LongByReference length, int flags);

    int virStreamFinish(Pointer stream);

    int virStreamAbort(Pointer stream);

    int virStreamFree(Pointer stream);
}
