package dev.summit.connectors.storage;

import dev.summit.connectors.testing.RealDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clean-up and fixtures for the storage daemon tests: pools, their volumes, their directories. */
final class StorageTestPools {
    private StorageTestPools() {
    }

    /** Removes a test pool with its volumes, whatever state it is in. */
    static void remove(String pool) {
        if (!RealDaemon.virshOk("pool-info", pool)) {
            return;
        }
        RealDaemon.virshOk("pool-start", pool);
        for (String line : RealDaemon.virsh("vol-list", pool).split("\n")) {
            if (!line.isBlank()) {
                RealDaemon.virshOk("vol-delete", "--pool", pool, line.strip().split("\\s+")[0]);
            }
        }
        RealDaemon.virshOk("pool-destroy", pool);
        RealDaemon.virshOk("pool-undefine", pool);
    }

    static void removeTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A shut-off guest whose only disk is {@code disk}. */
    static void defineGuestOn(String name, Path disk) throws IOException {
        Path file = RealDaemon.writeTemp("""
                <domain type='qemu'>
                  <name>%s</name>
                  <memory unit='MiB'>64</memory>
                  <os><type arch='x86_64'>hvm</type></os>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='qcow2'/>
                      <source file='%s'/>
                      <target dev='vda' bus='virtio'/>
                    </disk>
                  </devices>
                </domain>
                """.formatted(name, disk));
        RealDaemon.virsh("define", file.toString());
    }
}
