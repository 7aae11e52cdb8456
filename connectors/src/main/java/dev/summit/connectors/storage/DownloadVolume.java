package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.jna.SparseVolumeStream;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Copies a volume from the host to a file on this computer through a sparse libvirt stream (the
 * same path over SSH and TLS: the stream travels inside the connection). Holes the host reports
 * stay holes, and blocks of zeros inside data are skipped too, so the file takes the room its data
 * needs. The bytes go to {@code FILE.part}, renamed into place at the end; a cancel or failure
 * removes it. Runs on the host's worker, which it holds for the whole copy (the stream is tied to
 * the connection that worker owns).
 */
public final class DownloadVolume {
    private static final int CHUNK = 1 << 20;
    private static final int BLOCK = 4096;

    /**
     * What arrived: bytes in the file, of which written as data (the rest are holes), and how many
     * crossed the connection as data (the host sent the rest as holes).
     */
    public record Downloaded(Path file, long bytes, long dataBytes, long streamedBytes) {
    }

    private DownloadVolume() {
    }

    public static CompletableFuture<Downloaded> run(HostSession host, String pool, String volume, Path to,
                                                    OperationProgress progress, CancelSignal cancel) {
        return host.submit("download volume", volume, conn -> copy(conn, pool, volume, to, progress, cancel));
    }

    private static Downloaded copy(Connect conn, String pool, String volume, Path to, OperationProgress progress,
                                   CancelSignal cancel) throws LibvirtException {
        if (Files.exists(to)) {
            throw new HostOperationException("Could not download '" + volume + "': " + to + " already exists.");
        }
        Path parent = to.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new HostOperationException("Could not download '" + volume + "': the folder " + parent
                    + " does not exist or cannot be written.");
        }
        long total = physicalSize(conn, pool, volume);
        Path part = to.resolveSibling(to.getFileName() + ".part");
        long position = 0;
        long data = 0;
        long streamed = 0;
        try (SparseVolumeStream stream = SparseVolumeStream.open(conn, pool, volume);
             RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
            try {
                FileChannel channel = file.getChannel();
                byte[] buffer = new byte[CHUNK];
                while (true) {
                    if (cancel.isCancelled()) {
                        throw new VolumeUpload.Cancelled("Cancelled downloading " + volume + "; the partial file was removed.");
                    }
                    SparseVolumeStream.Chunk chunk = stream.read(buffer);
                    if (chunk instanceof SparseVolumeStream.End) {
                        break;
                    }
                    if (chunk instanceof SparseVolumeStream.Hole hole) {
                        position += hole.length();
                    } else if (chunk instanceof SparseVolumeStream.Data got) {
                        data += writeSkippingZeros(channel, buffer, got.length(), position);
                        position += got.length();
                        streamed += got.length();
                    }
                    progress.report(total <= 0 ? 0 : Math.min(1, position / (double) total), position, "Downloading " + volume);
                }
                file.setLength(position); // a trailing hole still counts toward the size
                stream.finish();
            } catch (LibvirtException | IOException | RuntimeException e) {
                stream.abort();
                throw e;
            }
            Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
            progress.report(1, position, volume + " downloaded to " + to);
            return new Downloaded(to, position, data, streamed);
        } catch (LibvirtException | IOException | RuntimeException e) {
            deleteQuietly(part);
            if (e instanceof VolumeUpload.Cancelled cancelled) {
                throw cancelled;
            }
            String reason = e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
            throw new HostOperationException("Could not download '" + volume + "' (" + reason + "); the partial file was removed.", e);
        }
    }

    /** Writes the data, leaving 4 KiB blocks of zeros as holes; returns the bytes written. */
    static long writeSkippingZeros(FileChannel channel, byte[] buffer, int length, long position) throws IOException {
        long written = 0;
        int start = 0;
        while (start < length) {
            int end = Math.min(length, start + BLOCK);
            if (!allZero(buffer, start, end)) {
                int runEnd = end;
                while (runEnd < length && !allZero(buffer, runEnd, Math.min(length, runEnd + BLOCK))) {
                    runEnd = Math.min(length, runEnd + BLOCK);
                }
                ByteBuffer run = ByteBuffer.wrap(buffer, start, runEnd - start);
                long at = position + start;
                while (run.hasRemaining()) {
                    at += channel.write(run, at);
                }
                written += runEnd - start;
                end = runEnd;
            }
            start = end;
        }
        return written;
    }

    private static boolean allZero(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The file's own size on the host (a qcow2's, not its virtual capacity), for the progress. */
    private static long physicalSize(Connect conn, String pool, String volume) throws LibvirtException {
        String xml = conn.storagePoolLookupByName(pool).storageVolLookupByName(volume).getXMLDesc(0);
        java.util.regex.Matcher physical = java.util.regex.Pattern.compile("<physical unit='bytes'>(\\d+)</physical>").matcher(xml);
        return physical.find() ? Long.parseLong(physical.group(1)) : VolumeXmlReader.read(pool, xml).capacity();
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // Nothing more to do: the message already says the download failed.
        }
    }
}
