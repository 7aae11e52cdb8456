package dev.summit.connectors.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A busybox initramfs for Debian's cloud kernel: mounts proc, sys and dev, loads the virtio drivers
 * from the kernel's own modules, asks for an address on eth0 with udhcpc and leaves a shell on ttyS0.
 * Built in Java (cpio newc, gzip) from the installed packages linux-image-cloud-amd64 and
 * busybox-static, and kept beside the kernel under a name that changes with its inputs.
 */
final class TinyInitramfs {
    static final Path BUSYBOX = Path.of("/bin/busybox");
    /** What the guest needs; their dependencies come from the kernel's modules.dep. */
    private static final List<String> DRIVERS = List.of("virtio_pci", "virtio_net", "virtio_balloon",
            "virtio_console", "virtio_blk");

    private static final String INIT = """
            #!/bin/busybox sh
            /bin/busybox --install -s
            mount -t proc proc /proc
            mount -t sysfs sysfs /sys
            mount -t devtmpfs devtmpfs /dev
            for module in $(cat /etc/modules.order); do
              insmod "/lib/modules/$module" || echo "tiny-linux: could not load $module"
            done
            echo "tiny-linux: modules loaded"
            ip link set lo up
            for i in $(seq 50); do [ -e /sys/class/net/eth0 ] && break; sleep 0.1; done
            ip link set eth0 up
            udhcpc -b -i eth0 -s /etc/udhcpc.script
            echo "tiny-linux: ready"
            while true; do setsid cttyhack sh -l; done
            """;

    /** udhcpc's hook: "mask" is the prefix length; a ping puts the guest in the host's ARP table. */
    private static final String DHCP_HOOK = """
            #!/bin/sh
            case "$1" in
              deconfig) ip addr flush dev "$interface"; ip link set "$interface" up ;;
              bound|renew)
                ip addr flush dev "$interface"
                ip addr add "$ip/$mask" dev "$interface"
                gateway="${router%% *}"
                [ -n "$gateway" ] && ip route add default via "$gateway" dev "$interface"
                echo "tiny-linux: $interface has $ip/$mask"
                [ -n "$gateway" ] && ping -c 3 "$gateway" >/dev/null 2>&1 &
                ;;
            esac
            exit 0
            """;

    private TinyInitramfs() {
    }

    /** The gzip'd initramfs for {@code kernel}, built once into {@code dir} and reused while its inputs stay. */
    static synchronized Path in(Path dir, TinyKernel kernel) throws IOException {
        if (!Files.isExecutable(BUSYBOX)) {
            throw new IllegalStateException(BUSYBOX + " is missing: install busybox-static (run-tests does)");
        }
        List<String> modules = loadOrder(kernel.modules());
        Path target = dir.resolve("tiny-linux-" + kernel.version() + "-" + key(modules) + ".initrd");
        if (Files.exists(target)) {
            return target;
        }
        Path partial = Files.createTempFile(dir, ".tiny-linux-", ".partial");
        try (OutputStream file = Files.newOutputStream(partial); GZIPOutputStream gzip = new GZIPOutputStream(file)) {
            write(gzip, kernel, modules);
        }
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
        // Sessions may build at once: each writes its own file and the rename picks one whole.
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * The drivers and everything they need, each after its dependencies, as paths relative to the
     * modules directory (modules.dep lists a module's dependencies transitively, nearest first).
     */
    static List<String> loadOrder(Path modulesDir) throws IOException {
        Map<String, String> pathByName = new LinkedHashMap<>();
        Map<String, List<String>> depsByPath = new LinkedHashMap<>();
        for (String line : Files.readAllLines(modulesDir.resolve("modules.dep"))) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String path = line.substring(0, colon);
            String rest = line.substring(colon + 1).strip();
            pathByName.put(moduleName(path), path);
            depsByPath.put(path, rest.isEmpty() ? List.of() : List.of(rest.split("\\s+")));
        }
        Set<String> order = new LinkedHashSet<>();
        for (String driver : DRIVERS) {
            String path = pathByName.get(driver);
            if (path == null) {
                throw new IllegalStateException(driver + " is not a module of " + modulesDir
                        + " (built into the kernel, or another kernel?)");
            }
            addWithDependencies(path, depsByPath, order);
        }
        for (String path : order) {
            if (!path.endsWith(".ko")) {
                throw new IllegalStateException(path + " is compressed; busybox insmod needs plain .ko modules");
            }
        }
        return List.copyOf(order);
    }

    private static void addWithDependencies(String path, Map<String, List<String>> depsByPath, Set<String> order) {
        if (order.contains(path)) {
            return;
        }
        for (String dependency : depsByPath.getOrDefault(path, List.of())) {
            addWithDependencies(dependency, depsByPath, order);
        }
        order.add(path);
    }

    private static String moduleName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.indexOf('.')).replace('-', '_');
    }

    private static void write(OutputStream out, TinyKernel kernel, List<String> modules) throws IOException {
        try (CpioNewc cpio = new CpioNewc(out)) {
            for (String dir : List.of("bin", "sbin", "usr", "usr/bin", "usr/sbin", "dev", "proc", "sys", "etc",
                    "tmp", "root", "lib", "lib/modules")) {
                cpio.directory(dir);
            }
            // The kernel opens /dev/console for init before anything could mount devtmpfs.
            cpio.characterDevice("dev/console", 0600, 5, 1);
            cpio.file("bin/busybox", 0755, Files.readAllBytes(BUSYBOX));
            cpio.symlink("bin/sh", "busybox");
            cpio.file("init", 0755, INIT.getBytes(StandardCharsets.UTF_8));
            cpio.file("etc/udhcpc.script", 0755, DHCP_HOOK.getBytes(StandardCharsets.UTF_8));
            List<String> flat = new ArrayList<>();
            for (String module : modules) {
                String file = module.substring(module.lastIndexOf('/') + 1);
                cpio.file("lib/modules/" + file, 0644, Files.readAllBytes(kernel.modules().resolve(module)));
                flat.add(file);
            }
            cpio.file("etc/modules.order", 0644, (String.join("\n", flat) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Changes when the scripts, the module list or busybox change, so a stale cache is never used. */
    private static String key(List<String> modules) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(INIT.getBytes(StandardCharsets.UTF_8));
            digest.update(DHCP_HOOK.getBytes(StandardCharsets.UTF_8));
            digest.update(String.join(",", modules).getBytes(StandardCharsets.UTF_8));
            digest.update((Files.size(BUSYBOX) + "@" + Files.getLastModifiedTime(BUSYBOX)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
