package dev.summit.connectors.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's real libvirtd (started by ./run-tests) and KVM guests booting the grub-rescue ISO.
 * Everything made here is named "summit-test-…" in its own pool, so it never touches a user's guests.
 */
public final class RealDaemon {
    public static final String URI = "qemu:///system";
    public static final String POOL = "summit-test";
    public static final Path POOL_DIR = Path.of("/var/lib/libvirt/summit-test");
    public static final Path RESCUE_ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");

    private RealDaemon() {
    }

    /** kvm when /dev/kvm is usable, else qemu (TCG): slower, never skipped. */
    public static String virtType() {
        String fromEnv = System.getenv("SUMMIT_TEST_VIRT_TYPE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        Path kvm = Path.of("/dev/kvm");
        // A regular file there is no KVM (something once made an empty one): only a device counts.
        boolean device = Files.exists(kvm) && !Files.isRegularFile(kvm) && !Files.isDirectory(kvm);
        return device && Files.isReadable(kvm) && Files.isWritable(kvm) ? "kvm" : "qemu";
    }

    /** Runs virsh against the daemon (a change "behind Summit's back") and returns its output. */
    public static String virsh(String... args) {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", URI));
        command.addAll(List.of(args));
        return run(command);
    }

    /** A directory pool for test volumes, created once and left for later runs. */
    public static void ensurePool() {
        if (virshOk("pool-info", POOL)) {
            if (!virsh("pool-info", POOL).contains("running")) {
                virsh("pool-start", POOL);
            }
            refreshPool(POOL);
            return;
        }
        virsh("pool-define-as", POOL, "dir", "--target", POOL_DIR.toString());
        virsh("pool-build", POOL);
        virsh("pool-start", POOL);
    }

    /** A copy of the rescue ISO as a volume of the test pool: deletable by libvirt, so its survival means something. */
    public static Path isoVolume() throws IOException {
        Path iso = POOL_DIR.resolve("summit-test-rescue.iso");
        if (!Files.exists(iso)) {
            Files.copy(RESCUE_ISO, iso);
            refreshPool(POOL);
        }
        return iso;
    }

    /** Defines a guest with its own 64 MiB qcow2 disk and the ISO as CD-ROM; returns its UUID. */
    public static String defineGuest(String name) throws IOException {
        return defineGuest(name, "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>");
    }

    /** The same guest with another display, e.g. a UNIX socket or a password; returns its UUID. */
    public static String defineGuest(String name, String graphicsXml) throws IOException {
        ensurePool();
        Path iso = isoVolume();
        virsh("vol-create-as", POOL, name + ".qcow2", "64M", "--format", "qcow2");
        String xml = """
                <domain type='%s'>
                  <name>%s</name>
                  <memory unit='MiB'>128</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64'>hvm</type><boot dev='cdrom'/></os>
                  <features><acpi/></features>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='qcow2'/>
                      <source file='%s'/>
                      <target dev='vda' bus='virtio'/>
                    </disk>
                    <disk type='file' device='cdrom'>
                      <driver name='qemu' type='raw'/>
                      <source file='%s'/>
                      <target dev='hdc' bus='ide'/>
                      <readonly/>
                    </disk>
                    %s
                    <video><model type='vga'/></video>
                  </devices>
                </domain>
                """.formatted(virtType(), name, POOL_DIR.resolve(name + ".qcow2"), iso, graphicsXml);
        Path file = Files.createTempFile("summit-test", ".xml");
        Files.writeString(file, xml);
        try {
            virsh("define", file.toString());
        } finally {
            Files.delete(file);
        }
        return virsh("domuuid", name).strip();
    }

    /** libvirt's NAT network "default", started: guests with a card on it need it running. */
    public static void ensureDefaultNetwork() {
        if (!virsh("net-list", "--name").lines().map(String::strip).toList().contains("default")) {
            virshOk("net-start", "default");
        }
    }

    /** Removes a test guest and its own disk (not the ISO), whatever state it is in. */
    public static void removeGuest(String name) {
        if (virshOk("domstate", name)) {
            virshOk("destroy", name);
            if (!virshOk("undefine", name, "--managed-save", "--snapshots-metadata", "--nvram")) {
                virshOk("undefine", name, "--managed-save", "--snapshots-metadata");
            }
        }
        virshOk("vol-delete", "--pool", POOL, name + ".qcow2");
    }

    /**
     * virsh pool-refresh, waiting (two minutes at most) while libvirt refuses because a volume job
     * of the pool still runs: one a test just ended (a clone, an upload, a wipe) or another test run's
     * on the shared daemon; the refusal says nothing about the test at hand.
     */
    public static void refreshPool(String pool) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                virsh("pool-refresh", pool);
                return;
            } catch (IllegalStateException refused) {
                if (!refused.getMessage().contains("asynchronous jobs running") || System.nanoTime() > deadline) {
                    throw refused;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while refreshing pool " + pool, e);
            }
        }
    }

    /** Removes every guest and every test-pool volume whose name starts with {@code prefix} (a test's leftovers). */
    public static void removeAllStartingWith(String prefix) {
        for (String guest : virsh("list", "--all", "--name").split("\n")) {
            if (guest.strip().startsWith(prefix)) {
                removeGuest(guest.strip());
            }
        }
        refreshPool(POOL);
        for (String line : virsh("vol-list", POOL).split("\n")) {
            String volume = line.strip().split("\\s+")[0];
            if (volume.startsWith(prefix)) {
                virshOk("vol-delete", "--pool", POOL, volume);
            }
        }
    }

    /** Kills libvirtd and starts it again, as an admin restarting the service would. */
    public static void restartLibvirtd() throws IOException, InterruptedException {
        Path pidFile = Path.of("/run/libvirtd.pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            // A daemon with guests to save state for, on a loaded machine, takes its time either way.
            process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        });
        // As ./run-tests starts it: in the foreground under tini, which reaps its guests' QEMU at once.
        run(List.of("bash", "-c", "setsid -f tini -s -- libvirtd </dev/null >/dev/null 2>&1"));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!virshOk("version")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("libvirtd did not come back within 120 s");
            }
            Thread.sleep(200);
        }
    }

    public static boolean virshOk(String... args) {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", URI));
        command.addAll(List.of(args));
        try {
            run(command);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Runs a tool (du, qemu-img…) and returns its output; fails the test when it fails. */
    public static String run(String... command) {
        return run(List.of(command));
    }

    /** Writes into an image that no guest has open, e.g. "write -P 0x5a 0 64M". */
    public static void runQemuIo(Path image, String ioCommand) {
        run("qemu-io", "-f", "qcow2", "-c", ioCommand, image.toString());
    }

    /** A temporary file holding the text, for virsh commands that read XML from a file. */
    public static Path writeTemp(String text) throws IOException {
        Path file = Files.createTempFile("summit-test", ".xml");
        file.toFile().deleteOnExit();
        Files.writeString(file, text);
        return file;
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
