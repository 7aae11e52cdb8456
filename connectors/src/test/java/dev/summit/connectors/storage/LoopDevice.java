package dev.summit.connectors.storage;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;

/** A block device for fs and logical pools: a sparse file on a loop device, detached afterwards. */
final class LoopDevice implements AutoCloseable {
    private final Path file;
    private final String device;

    private LoopDevice(Path file, String device) {
        this.file = file;
        this.device = device;
    }

    /** @param ext4 put an ext4 filesystem on it first (an fs pool mounts one) */
    static LoopDevice attach(long bytes, boolean ext4) throws Exception {
        Path file = Files.createTempFile("storage-loop-", ".img");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        if (ext4) {
            RealDaemon.run("mkfs.ext4", "-q", "-F", file.toString());
        }
        return new LoopDevice(file, RealDaemon.run("losetup", "-f", "--show", file.toString()).strip());
    }

    String device() {
        return device;
    }

    @Override
    public void close() throws Exception {
        RealDaemon.run("losetup", "-d", device);
        Files.deleteIfExists(file);
    }
}
