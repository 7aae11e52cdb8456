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
        byte[] bytes = sector.array();
        if (sector.position() < SECTOR || bytes[0] != 1 || !"CD001".equals(ascii(bytes, 1, 5))) {
            throw new NotAnIsoException(file);
        }
        return new IsoIdentity(ascii(bytes, 8, 32).strip(), ascii(bytes, 40, 32).strip(),
                ascii(bytes, 318, 128).strip(), ascii(bytes, 574, 128).strip());
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }
}
