package dev.summit.connectors.jna;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * A volume's bytes coming from the host as a sparse libvirt stream: data arrives as data and
 * unallocated ranges as holes (their length only), so a mostly empty 20 GiB image costs what it
 * holds, not 20 GiB, over an SSH or TLS link too (the stream travels inside the connection).
 * libvirt-java 0.5.4 binds neither the sparse flag nor {@code virStreamRecvHole}, hence this class.
 * Use it on the thread that owns the connection, and close it.
 */
public final class SparseVolumeStream implements AutoCloseable {
    /** What one {@link #read} found. */
    public sealed interface Chunk {
    }

    /** {@code length} bytes at the start of the buffer. */
    public record Data(int length) implements Chunk {
    }

    /** {@code length} bytes that are all zero and need not be written. */
    public record Hole(long length) implements Chunk {
    }

    /** The end of the volume. */
    public record End() implements Chunk {
    }

    private Pointer stream;
    private Pointer volume;

    private SparseVolumeStream(Pointer stream, Pointer volume) {
        this.stream = stream;
        this.volume = volume;
    }

    /** Starts the download of the whole volume. */
    public static SparseVolumeStream open(Connect conn, String poolName, String volumeName) throws LibvirtException {
        Pointer connection = PoolVolumeXml.pointer(conn);
        Pointer pool = StorageLib.LIB.virStoragePoolLookupByName(connection, poolName);
        if (pool == null) {
            throw NativeErrors.lastError("virStoragePoolLookupByName");
        }
        Pointer volume;
        try {
            volume = StorageLib.LIB.virStorageVolLookupByName(pool, volumeName);
            if (volume == null) {
                throw NativeErrors.lastError("virStorageVolLookupByName");
            }
        } finally {
            StorageLib.LIB.virStoragePoolFree(pool);
        }
        Pointer stream = StorageLib.LIB.virStreamNew(connection, 0);
        if (stream == null) {
            LibvirtException e = NativeErrors.lastError("virStreamNew");
            StorageLib.LIB.virStorageVolFree(volume);
            throw e;
        }
        SparseVolumeStream opened = new SparseVolumeStream(stream, volume);
        if (StorageLib.LIB.virStorageVolDownload(volume, stream, 0, 0, StorageLib.VOL_DOWNLOAD_SPARSE_STREAM) < 0) {
            LibvirtException e = NativeErrors.lastError("virStorageVolDownload");
            opened.close();
            throw e;
        }
        return opened;
    }

    /** Blocks until data, a hole or the end arrives. */
    public Chunk read(byte[] buffer) throws LibvirtException {
        int got = StorageLib.LIB.virStreamRecvFlags(stream, buffer, new NativeLong(buffer.length),
                StorageLib.STREAM_RECV_STOP_AT_HOLE);
        if (got > 0) {
            return new Data(got);
        }
        if (got == 0) {
            return new End();
        }
        if (got == StorageLib.RECV_AT_HOLE) {
            LongByReference length = new LongByReference();
            if (StorageLib.LIB.virStreamRecvHole(stream, length, 0) < 0) {
                throw NativeErrors.lastError("virStreamRecvHole");
            }
            return new Hole(length.getValue());
        }
        throw NativeErrors.lastError("virStreamRecvFlags");
    }

    /** After {@link End}: lets the host confirm the whole transfer went right. */
    public void finish() throws LibvirtException {
        if (StorageLib.LIB.virStreamFinish(stream) < 0) {
            throw NativeErrors.lastError("virStreamFinish");
        }
    }

    /** Ends the transfer early (cancel, failure); errors are ignored, the stream may be broken already. */
    public void abort() {
        if (stream != null) {
            StorageLib.LIB.virStreamAbort(stream);
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            StorageLib.LIB.virStreamFree(stream);
            stream = null;
        }
        if (volume != null) {
            StorageLib.LIB.virStorageVolFree(volume);
            volume = null;
        }
    }
}
