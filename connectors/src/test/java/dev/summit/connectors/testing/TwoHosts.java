package dev.summit.connectors.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two libvirt hosts on this machine (scripts/two-hosts.sh): hostA and hostB, each with its own
 * libvirtd in its own namespaces, sharing {@link #shared()} as storage libvirt trusts as shared.
 * Started once per JVM on first use and torn down (by PID, in the script) when the JVM that built it
 * exits; a JVM that found it up (built by another test run on this machine) leaves it to that one.
 * Guests made here are named "mig-…" and boot the grub-rescue ISO copied into the shared storage.
 */
public final class TwoHosts {
    private static TwoHosts started;

    private final Path script;
    private final Map<String, String> env;

    private TwoHosts(Path script, Map<String, String> env) {
        this.script = script;
        this.env = env;
    }

    /** The running fixture; the first call builds it (about two seconds). */
    public static synchronized TwoHosts get() {
        if (started == null) {
            Path script = findScript();
            Map<String, String> env = parseExports(run(List.of(script.toString(), "up"), 120));
            started = new TwoHosts(script, env);
            if ("yes".equals(env.get("MIG_BUILT"))) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> run(List.of(script.toString(), "down"), 120),
                        "two-hosts-down"));
            }
        }
        return started;
    }

    public String uriA() {
        return env.get("MIG_A_URI");
    }

    public String uriB() {
        return env.get("MIG_B_URI");
    }

    public String tcpA() {
        return env.get("MIG_A_TCP");
    }

    public String tcpB() {
        return env.get("MIG_B_TCP");
    }

    public String sshA() {
        return env.get("MIG_A_SSH");
    }

    public String sshB() {
        return env.get("MIG_B_SSH");
    }

    /** hostB over TLS, with the fixture's own client certificate and CA named by libvirt's pkipath parameter. */
    public String tlsB() {
        return env.get("MIG_B_TLS");
    }

    public Path shared() {
        return Path.of(env.get("MIG_SHARED"));
    }

    /** Takes hostB off the network: its daemon keeps running, nothing reaches it over tcp. */
    public void cutHostB() {
        run(List.of(script.toString(), "cut"), 30);
    }

    /** Caps traffic into hostB (e.g. "2mbit"), so even an idle guest's memory takes seconds to arrive. */
    public void slowLinkToB(String rate) {
        run(List.of(script.toString(), "slow", rate), 30);
    }

    /** Brings hostB's link back up at full speed. */
    public void mendHostB() {
        run(List.of(script.toString(), "mend"), 30);
    }

    /**
     * Kills the host's libvirtd with SIGKILL, by the PID in the host's own pid file (never the
     * machine's daemon), as a crash would: its guests' QEMU processes live on.
     */
    public void killLibvirtd(String uri) throws IOException, InterruptedException {
        Path pidFile = shared().getParent().resolve("state").resolve(hostOf(uri)).resolve("run/libvirtd.pid");
        String pid = Files.readString(pidFile).strip();
        run(List.of("kill", "-KILL", pid), 10);
        Path proc = Path.of("/proc", pid);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(proc) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * Starts the host's libvirtd again (as the fixture first did) and waits until it answers: two
     * minutes at most, as a loaded machine may need, then says so rather than leave the next step
     * to fail on a daemon that is not there.
     */
    public void startLibvirtd(String uri) throws InterruptedException {
        run(List.of(script.toString(), "start-libvirtd", hostOf(uri)), 60);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!virshOk(uri, "uri")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("libvirtd of " + hostOf(uri) + " did not answer 120 s after its restart");
            }
            Thread.sleep(100);
        }
    }

    private String hostOf(String uri) {
        return uri.equals(uriA()) ? "hostA" : "hostB";
    }

    /** Runs virsh on the machine against a host URI; throws with virsh's words on failure. */
    public String virsh(String uri, String... args) {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", uri));
        command.addAll(List.of(args));
        return run(command, 120);
    }

    public boolean virshOk(String uri, String... args) {
        try {
            virsh(uri, args);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** "running", "paused", "shut off", or "absent" when the host does not know the guest. */
    public String state(String uri, String name) {
        try {
            return virsh(uri, "domstate", name).strip();
        } catch (IllegalStateException e) {
            return "absent";
        }
    }

    /** Defines (and starts, if asked) a KVM guest whose 64 MiB disk is in the shared storage. */
    public void sharedGuest(String uri, String name, boolean start) throws IOException {
        Path disk = shared().resolve(name + ".qcow2");
        Files.deleteIfExists(disk);
        run(List.of("qemu-img", "create", "-q", "-f", "qcow2", disk.toString(), "64M"), 30);
        define(uri, name, disk, start);
    }

    /** A guest whose disk lives in the host's own /var/lib/libvirt/images: not visible on the other. */
    public void localGuest(String uri, String name, boolean start) throws IOException {
        localGuest(uri, name, 0, start);
    }

    /**
     * The same with {@code filledMiB} of the disk written (not zeros), so a storage copy has data
     * to move: at a bandwidth cap of a few MiB/s it takes long enough to cancel or cut mid-way.
     */
    public void localGuest(String uri, String name, int filledMiB, boolean start) throws IOException {
        virshOk(uri, "vol-delete", "--pool", "default", name + ".qcow2");
        virsh(uri, "vol-create-as", "default", name + ".qcow2", "64M", "--format", "qcow2");
        if (filledMiB > 0) {
            Path image = localImagesOf(uri).resolve(name + ".qcow2");
            run(List.of("qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 0 " + filledMiB + "M", image.toString()), 60);
        }
        define(uri, name, Path.of("/var/lib/libvirt/images", name + ".qcow2"), start);
    }

    /** Where a host's private /var/lib/libvirt/images is, seen from this machine. */
    public Path localImagesOf(String uri) {
        String host = uri.equals(uriA()) ? "hostA" : "hostB";
        return shared().getParent().resolve("state").resolve(host).resolve("var-lib/images");
    }

    /** Whether the host's own image directory holds the guest's disk. */
    public boolean hasLocalDisk(String uri, String name) {
        return Files.exists(localImagesOf(uri).resolve(name + ".qcow2"));
    }

    private void define(String uri, String name, Path disk, boolean start) throws IOException {
        String xml = """
                <domain type='%s'>
                  <name>%s</name>
                  <memory unit='MiB'>128</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='cdrom'/></os>
                  <features><acpi/></features>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='qcow2' cache='none'/>
                      <source file='%s'/>
                      <target dev='vda' bus='virtio'/>
                    </disk>
                    <disk type='file' device='cdrom'>
                      <driver name='qemu' type='raw'/>
                      <source file='%s'/>
                      <target dev='hdc' bus='ide'/>
                      <readonly/>
                    </disk>
                    <graphics type='vnc' autoport='yes'/>
                    <video><model type='vga'/></video>
                  </devices>
                </domain>
                """.formatted(RealDaemon.virtType(), name, disk, shared().resolve("boot.iso"));
        Path file = Files.createTempFile("mig-", ".xml");
        try {
            Files.writeString(file, xml);
            virsh(uri, "define", file.toString());
        } finally {
            Files.delete(file);
        }
        if (start) {
            virsh(uri, "start", name);
        }
    }

    /** Removes the guest from both hosts with its disk (never the shared ISO). */
    public void remove(String name) throws IOException {
        for (String uri : List.of(uriA(), uriB())) {
            virshOk(uri, "destroy", name);
            virshOk(uri, "undefine", name);
            virshOk(uri, "vol-delete", "--pool", "default", name + ".qcow2");
        }
        Files.deleteIfExists(shared().resolve(name + ".qcow2"));
    }

    private static Path findScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/two-hosts.sh");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("scripts/two-hosts.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, String> parseExports(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("export ")) {
                int eq = line.indexOf('=');
                values.put(line.substring(7, eq), line.substring(eq + 1).replaceAll("^'|'$", ""));
            }
        }
        return values;
    }

    private static String run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + (err + out).strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
