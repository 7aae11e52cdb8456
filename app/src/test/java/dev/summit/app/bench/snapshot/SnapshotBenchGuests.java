package dev.summit.app.bench.snapshot;

import dev.summit.app.bench.Virsh;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Shut-off grub-rescue guests for the snapshot and backup benchmark, in a directory pool of its own
 * (made for the run, removed after): a qcow2 v3 disk (the version backups with checkpoints need)
 * with a byte pattern written into it, and the rescue ISO as CD. Removed with every file of theirs
 * in the pool (overlays of external snapshots included), never with --remove-all-storage, which
 * would delete the ISO.
 */
final class SnapshotBenchGuests {
    static final String POOL = "summit-bench-snapshot";
    static final Path POOL_DIR = Path.of("/var/lib/libvirt/summit-bench-snapshot");
    private static final Path ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");

    private final Virsh virsh;
    private final String virtType;

    SnapshotBenchGuests(Virsh virsh, String virtType) {
        this.virsh = virsh;
        this.virtType = virtType;
    }

    void preparePool() throws IOException, InterruptedException {
        removePool();
        virsh.run("pool-define-as", POOL, "dir", "--target", POOL_DIR.toString());
        virsh.run("pool-build", POOL);
        virsh.run("pool-start", POOL);
    }

    void removePool() throws InterruptedException {
        virsh.quietly("pool-destroy", POOL);
        virsh.quietly("pool-delete", POOL);
        virsh.quietly("pool-undefine", POOL);
        deleteTree(POOL_DIR);
    }

    /** The path of the guest's disk: {@code dataMib} MiB of a pattern in a {@code diskMib} MiB qcow2 v3. */
    static Path disk(String name) {
        return POOL_DIR.resolve(name + ".qcow2");
    }

    void define(String name, long diskMib, long dataMib) throws IOException, InterruptedException {
        define(name, diskMib, dataMib, "");
    }

    /**
     * The same guest whose QEMU keeps freed memory for reuse: glibc's malloc then hands QEMU's backup
     * job (a fresh 1 MiB buffer for every chunk it copies) memory already mapped, instead of mapping
     * and faulting in 256 new pages per MiB. Through libvirt's QEMU namespace, which marks the guest
     * tainted (custom-argv); the benchmark shows what it would buy.
     */
    void defineMallocTuned(String name, long diskMib, long dataMib) throws IOException, InterruptedException {
        define(name, diskMib, dataMib, """
                <qemu:commandline xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
                  <qemu:env name='GLIBC_TUNABLES' value='%s'/>
                </qemu:commandline>
                """.formatted(QEMU_MALLOC_TUNABLES));
    }

    /** Mapped at 4 MiB and above only, and up to 256 MiB of freed heap kept rather than given back. */
    static final String QEMU_MALLOC_TUNABLES = "glibc.malloc.mmap_threshold=4194304:glibc.malloc.trim_threshold=268435456";

    private void define(String name, long diskMib, long dataMib, String extra) throws IOException, InterruptedException {
        remove(name);
        Path disk = disk(name);
        run("qemu-img", "create", "-q", "-f", "qcow2", "-o", "compat=1.1", disk.toString(), diskMib + "M");
        if (dataMib > 0) {
            run("qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 0 " + dataMib + "M", disk.toString());
        }
        virsh.run("pool-refresh", POOL);
        String xml = """
                <domain type='%s'>
                  <name>%s</name>
                  <memory unit='MiB'>128</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64'>hvm</type><boot dev='cdrom'/></os>
                  <features><acpi/></features>
                  <devices>
                    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
                      <source file='%s'/><target dev='vda' bus='virtio'/></disk>
                    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/>
                      <source file='%s'/><target dev='hdc' bus='ide'/><readonly/></disk>
                    <graphics type='vnc' autoport='yes' listen='127.0.0.1'/>
                    <video><model type='vga'/></video>
                  </devices>
                %s</domain>
                """.formatted(virtType, name, disk, ISO, extra);
        Path file = Files.createTempFile("summit-bench-snapshot", ".xml");
        try {
            Files.writeString(file, xml);
            virsh.run("define", file.toString());
        } finally {
            Files.delete(file);
        }
    }

    /** The guest's UUID once the host's inventory lists it (Summit's operations go through the inventory's host). */
    static String uuidOnceListed(HostSession host, String name) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (GuestSummary guest : host.inventory().guests().values()) {
                if (guest.name().equals(name)) {
                    return guest.uuid();
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " did not appear in Summit's inventory within 20 s");
    }

    /** The guest, its snapshots' and checkpoints' metadata, and every file of it in the pool. */
    void remove(String name) throws InterruptedException {
        virsh.quietly("destroy", name);
        virsh.quietly("undefine", name, "--snapshots-metadata", "--checkpoints-metadata");
        try (var files = Files.list(POOL_DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // The pool's folder is gone already: nothing of the guest left in it.
        }
        virsh.quietly("pool-refresh", POOL);
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
    }

    static void deleteTree(Path dir) {
        try {
            run("rm", "-rf", "--one-file-system", dir.toString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not remove " + dir + ": " + e.getMessage(), e);
        }
    }
}
