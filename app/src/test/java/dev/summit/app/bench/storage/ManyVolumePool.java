package dev.summit.app.bench.storage;

import dev.summit.app.bench.Virsh;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory pool on qemu:///system holding N sparse 1 MiB raw files, made straight on disk and
 * then scanned once by libvirt (as a pool of a long-lived host would be); removed with its directory.
 */
final class ManyVolumePool implements AutoCloseable {
    private final Virsh virsh;
    private final String name;
    private final Path dir;

    private ManyVolumePool(Virsh virsh, String name, Path dir) {
        this.virsh = virsh;
        this.name = name;
        this.dir = dir;
    }

    static ManyVolumePool make(Virsh virsh, int volumes) throws IOException, InterruptedException {
        String name = "storage-bench-" + Long.toHexString(System.nanoTime());
        Path dir = Files.createDirectories(Path.of("/var/lib/libvirt", name));
        for (int i = 0; i < volumes; i++) {
            try (RandomAccessFile file = new RandomAccessFile(dir.resolve(String.format("vol-%05d.img", i)).toFile(), "rw")) {
                file.setLength(1 << 20);
            }
        }
        virsh.run("pool-create-as", name, "dir", "--target", dir.toString());
        return new ManyVolumePool(virsh, name, dir);
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        virsh.quietly("pool-destroy", name);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
