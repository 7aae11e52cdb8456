package dev.summit.connectors.osinfo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The identifiers in an ISO-9660 image's primary volume descriptor (sector 16), which is what
 * osinfo-db's {@code <iso>} patterns describe. Fields are ASCII, space-padded; padding is removed.
 */
public record IsoIdentity(String systemId, String volumeId, String publisherId, String applicationId) {
    private static final int SECTOR = 2048;
    private static final long DESCRIPTOR_OFFSET = 16L * SECTOR;

    /** Reads the descriptor; {@link NotAnIsoException} when the file has none, IOException when it cannot be read. */
    public static IsoIdentity read(Path file) throws IOException {
        ByteBuffer sector = ByteBuffer.allocate(SECTOR);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (sector.hasRemaining() && channel.read(sector, DESCRIPTOR_OFFSET + sector.position()) > 0) {
                // a short read is retried until the sector is full or the file ends
            }
        }
        return fromDescriptor(java.util.Arrays.copyOf(sector.array(), sector.position()), file);
    }

    /** Where the primary volume descriptor starts and how long it is, for readers other than a local file. */
    public static final long DESCRIPTOR_START = DESCRIPTOR_OFFSET;
    public static final int DESCRIPTOR_LENGTH = SECTOR;

    /**
     * The identity in a primary volume descriptor read elsewhere (e.g. streamed from a host's volume).
     *
     * @param source named in the {@link NotAnIsoException} when the bytes hold no descriptor
     */
    public static IsoIdentity fromDescriptor(byte[] bytes, Path source) throws NotAnIsoException {
        if (bytes.length < SECTOR || bytes[0] != 1 || !"CD001".equals(ascii(bytes, 1, 5))) {
            throw new NotAnIsoException(source);
        }
        return new IsoIdentity(ascii(bytes, 8, 32).strip(), ascii(bytes, 40, 32).strip(),
                ascii(bytes, 318, 128).strip(), ascii(bytes, 574, 128).strip());
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }
}
