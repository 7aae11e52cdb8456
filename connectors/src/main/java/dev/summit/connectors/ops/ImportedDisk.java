package dev.summit.connectors.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An existing disk image a new guest boots from in place ({@code summit create --import}). It is
 * the user's: the guest uses it, and no undo ever deletes it.
 *
 * @param format qcow2 when the file starts with qcow2's magic, else raw (what QEMU would assume too)
 * @param bytes  the size the guest sees: qcow2's virtual size from its header, else the file's size
 */
public record ImportedDisk(Path path, String format, long bytes) {
    private static final byte[] QCOW2_MAGIC = {'Q', 'F', 'I', (byte) 0xfb};

    /** Reads the image's header; the exception's message is the sentence for the user. */
    public static ImportedDisk read(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        try {
            if (!Files.isRegularFile(absolute) && Files.exists(absolute)) {
                throw new IOException(absolute + " is not a disk image file");
            }
            byte[] head = new byte[32];
            int read;
            try (InputStream in = Files.newInputStream(absolute)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read == 0) {
                throw new IOException(absolute + " is empty, not a disk image");
            }
            if (read == head.length && Arrays.equals(head, 0, 4, QCOW2_MAGIC, 0, 4)) {
                return new ImportedDisk(absolute, "qcow2", ByteBuffer.wrap(head, 24, 8).getLong());
            }
            return new ImportedDisk(absolute, "raw", Files.size(absolute));
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + absolute, e);
        } catch (AccessDeniedException e) {
            throw new IOException(absolute + " cannot be read: permission denied", e);
        }
    }
}
