package dev.summit.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads SQLite's 100-byte file header with plain Java, before SQLite itself opens the file.
 *
 * <p>Why look first: SQLite, opening a file that turns out not to be a database, still opens the
 * -wal beside it and deletes it on close; and opening a newer Summit's database creates a -shm and
 * may checkpoint its -wal. Looking first lets a damaged file be moved aside exactly as found and a
 * newer one be left untouched. SQLite's own checks still run afterwards for what a header can't show.
 */
final class DatabaseHeader {

    enum Verdict {
        /** A zero-length file: SQLite will make it a database. */
        EMPTY,
        /** Not an SQLite database (wrong magic, or shorter than a header). */
        NOT_A_DATABASE,
        /** An SQLite database; {@link Reading#userVersion()} is its stored schema version. */
        DATABASE,
        /** Not read, because reading it could break this process's own SQLite locks. */
        UNCHECKED
    }

    record Reading(Verdict verdict, int userVersion) {
    }

    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseHeader() {
    }

    /** @throws IOException when the file cannot be read (permission denied, a folder, I/O error) */
    static Reading read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Reading(Verdict.EMPTY, 0);
        }
        if (openInThisProcess(file)) {
            return new Reading(Verdict.UNCHECKED, 0);
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                return new Reading(Verdict.EMPTY, 0);
            }
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // read until the header is complete or the file ends
            }
        }
        byte[] bytes = header.array();
        if (header.hasRemaining() || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new Reading(Verdict.NOT_A_DATABASE, 0);
        }
        return new Reading(Verdict.DATABASE, ByteBuffer.wrap(bytes).getInt(USER_VERSION_OFFSET));
    }

    /**
     * POSIX record locks belong to the process, and closing <em>any</em> descriptor of a file drops
     * all of them; SQLite's documentation lists this as a way to corrupt a database. If an SQLite
     * connection in this process already has the file open, our read-and-close would silently
     * release its locks, so we don't read. Linux's /proc tells us; without it we can't know, and
     * skip the read to be safe.
     */
    static boolean openInThisProcess(Path file) {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return true;
        }
        try {
            Path target = file.toRealPath();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(descriptors)) {
                for (Path entry : entries) {
                    if (pointsTo(entry, target)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean pointsTo(Path descriptor, Path target) {
        try {
            return Files.readSymbolicLink(descriptor).equals(target);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // closed between listing and reading: not ours to worry about
        }
    }
}
