package dev.summit.connectors.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a cpio archive in the "newc" format the kernel unpacks as an initramfs. Done here rather
 * than with cpio(1), which Debian does not mark essential; entries need no root, so a device node
 * such as /dev/console can be listed by an unprivileged build.
 */
final class CpioNewc implements AutoCloseable {
    private static final int DIRECTORY = 0040000;
    private static final int REGULAR = 0100000;
    private static final int SYMLINK = 0120000;
    private static final int CHARACTER_DEVICE = 0020000;

    private final OutputStream out;
    private long written;
    private int nextInode = 1;

    CpioNewc(OutputStream out) {
        this.out = out;
    }

    void directory(String path) throws IOException {
        entry(path, DIRECTORY | 0755, new byte[0], 0, 0);
    }

    void file(String path, int permissions, byte[] content) throws IOException {
        entry(path, REGULAR | permissions, content, 0, 0);
    }

    void symlink(String path, String target) throws IOException {
        entry(path, SYMLINK | 0777, target.getBytes(StandardCharsets.UTF_8), 0, 0);
    }

    void characterDevice(String path, int permissions, int major, int minor) throws IOException {
        entry(path, CHARACTER_DEVICE | permissions, new byte[0], major, minor);
    }

    /** Writes the trailer; the stream stays open for the caller. */
    @Override
    public void close() throws IOException {
        entry("TRAILER!!!", 0, new byte[0], 0, 0);
        out.flush();
    }

    private void entry(String path, int mode, byte[] content, int rdevMajor, int rdevMinor) throws IOException {
        byte[] name = (path + "\0").getBytes(StandardCharsets.UTF_8);
        boolean trailer = path.equals("TRAILER!!!");
        int links = (mode & DIRECTORY) == DIRECTORY ? 2 : 1;
        StringBuilder header = new StringBuilder("070701");
        for (long field : new long[] {trailer ? 0 : nextInode++, mode, 0, 0, trailer ? 1 : links, 0, content.length,
                0, 0, rdevMajor, rdevMinor, name.length, 0}) {
            header.append(String.format("%08x", field));
        }
        write(header.toString().getBytes(StandardCharsets.US_ASCII));
        write(name);
        pad();
        write(content);
        pad();
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        written += bytes.length;
    }

    /** newc aligns every header and every file's data to four bytes. */
    private void pad() throws IOException {
        while (written % 4 != 0) {
            out.write(0);
            written++;
        }
    }
}
